/**
 * The figure extractor: clean text + article metadata → {@link org.canbo.model.Figure}s.
 *
 * <p>Example: "Từ năm 2014 đến nay, Ban Thường vụ Huyện ủy đã thực hiện luân chuyển 9 đồng chí."
 * (published 2020-08-09, locality "huyện Cao Lộc") → value 9, unit "đồng chí", category rotation,
 * period 2014..2020-08-09, scope "huyện Cao Lộc", with its sentence index and offsets.
 */
package org.canbo.extract.figure;
