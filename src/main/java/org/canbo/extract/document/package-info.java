/**
 * Cited party and state documents (gold type "document_ref"), merged per document under a
 * normalised key, each with a confidence from its evidence, and their scoring against gold.
 *
 * <p>Example: "Huyện ủy đã ban hành Quy định số 02 - QĐ/HU, ngày 16/4/2018 ..." and later "Quy định
 * 02" → one {@code DocumentRef}: Quy định, "02 - QĐ/HU", 2018-04-16, issuer "Huyện ủy", key
 * "QD-02-HU", confidence 1.0; "theo hướng dẫn của Ban Tổ chức Trung ương" → Hướng dẫn, no number,
 * confidence 0.6; "các chỉ thị, nghị quyết của Đảng" and "theo quy định" → nothing.
 */
package org.canbo.extract.document;
