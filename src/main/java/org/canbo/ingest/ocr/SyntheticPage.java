package org.canbo.ingest.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An A4 page "scanned" from known text, for OCR tests and {@code canbo bench-ocr}: paragraphs set
 * in a Vietnamese-capable TrueType font (DejaVu Sans from Debian's fonts-dejavu-core) at 300 dpi,
 * turned by a small skew and sprinkled with salt-and-pepper noise. {@link #text()} is what fitted.
 */
public record SyntheticPage(BufferedImage image, String text) {
  public static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  private static final int DPI = 300;
  private static final int WIDTH = 2480;
  private static final int HEIGHT = 3508;
  private static final int MARGIN = 250;

  /**
   * Sets as many of {@code paragraphs} as fit at {@code points} size; {@code skewDegrees} turns the
   * page, {@code noise} is the share of pixels flipped (0.002 is a dusty scan).
   */
  public static SyntheticPage render(List<String> paragraphs, Path font, float points,
      double skewDegrees, double noise, long seed) throws IOException {
    Font f;
    try {
      f = Font.createFont(Font.TRUETYPE_FONT, font.toFile()).deriveFont(points * DPI / 72f);
    } catch (FontFormatException e) {
      throw new IOException(font + ": not a TrueType font", e);
    }
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.rotate(Math.toRadians(skewDegrees), WIDTH / 2.0, HEIGHT / 2.0);
    g.setColor(Color.BLACK);
    g.setFont(f);
    FontMetrics m = g.getFontMetrics();
    int lineHeight = m.getHeight() + m.getHeight() / 5;
    int y = MARGIN + m.getAscent();
    List<String> fitted = new ArrayList<>();
    for (String paragraph : paragraphs) {
      List<String> lines = wrap(paragraph.strip(), m, WIDTH - 2 * MARGIN);
      if (y + lines.size() * lineHeight > HEIGHT - MARGIN) {
        break;
      }
      for (String line : lines) {
        g.drawString(line, MARGIN, y);
        y += lineHeight;
      }
      y += lineHeight / 2;
      fitted.add(paragraph.strip());
    }
    g.dispose();
    sprinkle(image, noise, new Random(seed));
    return new SyntheticPage(image, String.join("\n", fitted));
  }

  private static List<String> wrap(String paragraph, FontMetrics m, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split("\\s+")) {
      if (line.length() > 0 && m.stringWidth(line + " " + word) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static void sprinkle(BufferedImage image, double share, Random random) {
    long flips = Math.round(share * image.getWidth() * image.getHeight());
    for (long i = 0; i < flips; i++) {
      int x = random.nextInt(image.getWidth());
      int y = random.nextInt(image.getHeight());
      image.getRaster().setSample(x, y, 0, random.nextBoolean() ? 0 : 255);
    }
  }

  /** Writes the pages as a PDF of scans: each page one image, no text layer. */
  public static void writePdf(List<SyntheticPage> pages, Path out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (SyntheticPage page : pages) {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        PDImageXObject image = LosslessFactory.createFromImage(doc, page.image());
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      Files.createDirectories(out.toAbsolutePath().getParent());
      doc.save(out.toFile());
    }
  }
}
