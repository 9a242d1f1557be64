package org.canbo.ingest.ocr;

import java.time.Duration;
import org.canbo.model.UserInputException;

/**
 * How scanned pages are read: the mode, the deadline for one Tesseract run (one page or image; the
 * process is killed after it), the rendering resolution and image format. Tesseract runs with
 * language {@value #LANGUAGE} and one thread ({@code OMP_THREAD_LIMIT=1}, set by the launcher and
 * for parse workers: several times faster than its default when workers already use every core).
 */
public record OcrSettings(OcrMode mode, Duration pageTimeout, int dpi, PageImageFormat format) {
  public static final String LANGUAGE = "vie";
  public static final OcrSettings DEFAULTS =
      new OcrSettings(OcrMode.AUTO, Duration.ofSeconds(120), 300, PageImageFormat.TIFF);

  public OcrSettings {
    if (mode == null || format == null) {
      throw new IllegalArgumentException("ocr mode and image format are required");
    }
    if (pageTimeout == null || pageTimeout.toSeconds() < 1) {
      throw new UserInputException("ocr-page-timeout must be at least 1 s, got " + pageTimeout);
    }
    if (dpi < 72 || dpi > 1200) {
      throw new UserInputException("ocr dpi must be within 72-1200, got " + dpi);
    }
  }

  public OcrSettings withMode(OcrMode value) {
    return new OcrSettings(value, pageTimeout, dpi, format);
  }

  public OcrSettings withPageTimeout(Duration value) {
    return new OcrSettings(mode, value, dpi, format);
  }

  public OcrSettings withFormat(PageImageFormat value) {
    return new OcrSettings(mode, pageTimeout, dpi, value);
  }
}
