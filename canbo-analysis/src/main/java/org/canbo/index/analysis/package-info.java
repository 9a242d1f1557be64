/**
 * Lucene analysis for Vietnamese words: text → lower-case, tone-canonical word terms with offsets.
 *
 * <p>Example: "Bí thư Huyện uỷ Cao Lộc" → terms {@code bí_thư huyện_ủy cao_lộc} at positions 0,
 * 1, 2 with offsets [0,6) [7,16) [17,24).
 */
package org.canbo.index.analysis;
