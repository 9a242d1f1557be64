/**
 * Cited party and state documents (gold type "document_ref"), merged per document under a
 * normalised key, and their scoring against gold.
 *
 * <p>Example: "Huyện ủy đã ban hành Quy định số 02 - QĐ/HU, ngày 16/4/2018 ..." and later "Quy định
 * 02" → one {@code DocumentRef}: Quy định, "02 - QĐ/HU", 2018-04-16, issuer "Huyện ủy", key
 * "QD-02-HU"; "các chỉ thị, nghị quyết của Đảng" → nothing.
 */
package org.canbo.extract.document;
