/**
 * Sentence splitting with offsets into the clean text.
 *
 * <p>Example: "Năm 2018 có 9 cán bộ. Trong đó, 2 nữ." → sentences [0, 21) and [22, 38).
 */
package org.canbo.nlp.sentence;
