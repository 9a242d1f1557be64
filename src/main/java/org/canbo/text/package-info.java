/**
 * Text normalisation shared by every stage: NFC, canonical tone-mark placement, diacritic folding,
 * whitespace and boilerplate clean-up.
 *
 * <p>Example: {@code ToneMarks.canonical("Thành uỷ Hoà Bình")} → {@code "Thành ủy Hòa Bình"};
 * {@code Diacritics.fold("cán bộ")} → {@code "can bo"}.
 */
package org.canbo.text;
