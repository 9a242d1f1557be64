/**
 * Administrative units named in the text, resolved in the gazetteer with their province.
 *
 * <p>Example: "Huyện ủy Điện Biên Đông và UBND TX. Quảng Yên" → {@code PlaceMention}s "Điện Biên
 * Đông" (huyện, province "tỉnh Điện Biên") and "TX. Quảng Yên" (thị xã, province "tỉnh Quảng
 * Ninh"); "cấp huyện" → nothing.
 */
package org.canbo.extract.place;
