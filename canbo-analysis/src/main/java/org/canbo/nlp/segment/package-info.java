/**
 * Vietnamese word segmentation in the vn.vitk design, on vnTokenizer's lexicon and n-gram
 * resources: text → word spans.
 *
 * <p>Example: {@code VietnameseSegmenter.load().segment("Đồng chí Hồ Văn Vịnh, Bí thư Thị ủy
 * Quảng Yên")} → spans over "Đồng chí", "Hồ Văn Vịnh", ",", "Bí thư", "Thị ủy", "Quảng Yên".
 */
package org.canbo.nlp.segment;
