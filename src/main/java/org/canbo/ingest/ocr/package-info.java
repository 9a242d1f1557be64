/**
 * OCR of scanned pages and images with Tesseract (language vie) through Tika's TesseractOCRParser:
 * settings and mode ({@code --ocr never|auto|always}), page rendering, and the synthetic pages and
 * character error rate that tests and {@code canbo bench-ocr} measure it with.
 *
 * <p>Example: a PDF page holding only a scan of "Năm 2019, huyện đạt 1.250 tỷ đồng" → rendered at
 * 300 dpi to TIFF → Tesseract → {@code "Năm 2019, huyện đạt 1.250 tỷ đồng"}, document marked
 * {@code ocr: true}.
 */
package org.canbo.ingest.ocr;
