/**
 * Reviews of extracted items: the records researchers write (confirm, correct, reject, add), their
 * crash-safe journal in the index directory, anchoring to changed texts, and applying them to a
 * document for datasets and gold files.
 *
 * <p>Example: the journal line {@code {"doc":"001_8ddd","type":"figure","start":120,"end":131,
 * "action":"correct","fields":{"value":45}}} makes the figure "44 cán bộ" at [120, 131) of that
 * article a corrected figure of value 45, status {@code corrected}.
 */
package org.canbo.review;
