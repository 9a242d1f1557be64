/**
 * Officials: named persons with their posts and the place the posts belong to.
 *
 * <p>Example: "Đồng chí Trần Đức Thắng, Phó Bí thư Thị ủy, Chủ tịch UBND TX Quảng Yên, kiểm tra
 * ..." → official "Trần Đức Thắng", titles ["Phó Bí thư Thị ủy", "Chủ tịch UBND TX Quảng Yên"],
 * org_locality "thị xã Quảng Yên", province "tỉnh Quảng Ninh".
 */
package org.canbo.extract.official;
