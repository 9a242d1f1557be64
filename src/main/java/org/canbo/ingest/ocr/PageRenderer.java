package org.canbo.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.tools.imageio.ImageIOUtil;

/**
 * Renders PDF pages to grey images for Tesseract the way Tika's PDF parser does (PDFBox's renderer,
 * {@code ImageIOUtil} writing the resolution into the file so Tesseract scales its model right).
 * One per document; not thread-safe.
 */
public final class PageRenderer {
  private final PDFRenderer renderer;
  private final OcrSettings settings;

  public PageRenderer(PDDocument document, OcrSettings settings) {
    this.renderer = new PDFRenderer(document);
    this.settings = settings;
  }

  /** Page {@code index} (0-based) as an image file in the configured format. */
  public byte[] render(int index) throws IOException {
    BufferedImage image = renderer.renderImageWithDPI(index, settings.dpi(), ImageType.GRAY);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    if (!ImageIOUtil.writeImage(image, settings.format().imageIoName(), out, settings.dpi())) {
      throw new IOException("no image writer for " + settings.format().imageIoName());
    }
    return out.toByteArray();
  }
}
