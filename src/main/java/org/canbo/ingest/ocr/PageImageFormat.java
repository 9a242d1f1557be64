package org.canbo.ingest.ocr;

/**
 * The image format a PDF page is rendered to for Tesseract, as Tika's PDFParserConfig
 * {@code ocrImageFormatName} names it. TIFF is written uncompressed, PNG deflated: {@code canbo
 * bench-ocr} measures both (see README) and TIFF is the default.
 */
public enum PageImageFormat {
  PNG("png"),
  TIFF("tiff");

  private final String imageIoName;

  PageImageFormat(String imageIoName) {
    this.imageIoName = imageIoName;
  }

  public String imageIoName() {
    return imageIoName;
  }
}
