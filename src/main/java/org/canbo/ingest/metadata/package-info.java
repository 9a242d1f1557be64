/**
 * Bibliographic metadata of an article from its cleaned text and document properties.
 *
 * <p>Example: the lines {@code "Chủ nhật, 09/08/2020"}, {@code "Cao Lộc: Chuyển biến từ thực hiện
 * Nghị quyết 67"}, {@code "(LSO) – Thực hiện ..."}, ..., {@code "THANH MAI"} give {@code
 * ArticleMetadata("Cao Lộc: Chuyển biến từ thực hiện Nghị quyết 67", "2020-08-09", "LSO",
 * "THANH MAI", "huyện Cao Lộc", "tỉnh Lạng Sơn", null)} (an HTML page would also give its
 * canonical address instead of null).
 */
package org.canbo.ingest.metadata;
