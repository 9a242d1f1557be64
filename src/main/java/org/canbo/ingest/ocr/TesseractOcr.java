package org.canbo.ingest.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads one image (a rendered page, a PNG/JPEG/TIFF file) with Tesseract through Tika's
 * {@link TesseractOCRParser}: language vie, Tika's deadline per run (it kills the process). Whether
 * Tesseract and its Vietnamese model are installed is checked once, on first need.
 */
public final class TesseractOcr {
  /** The one line a scanned file fails with when Tesseract or its Vietnamese model is missing. */
  public static final String MISSING =
      "scanned PDF: install tesseract-ocr and tesseract-ocr-vie to read it";

  private final OcrSettings settings;
  private final String tesseractDirectory;
  private final TesseractOCRParser parser = new TesseractOCRParser();
  private Boolean available;

  public TesseractOcr(OcrSettings settings) {
    this(settings, "");
  }

  /** With Tesseract looked up in {@code directory} ("" for the PATH); tests point it nowhere. */
  public TesseractOcr(OcrSettings settings, String directory) {
    this.settings = settings;
    this.tesseractDirectory = directory;
    parser.setTesseractPath(directory);
  }

  public OcrSettings settings() {
    return settings;
  }

  /** Whether Tesseract runs here and has the {@value OcrSettings#LANGUAGE} model. */
  public synchronized boolean available() {
    if (available == null) {
      available = probe();
    }
    return available;
  }

  private boolean probe() {
    String program = tesseractDirectory.isEmpty() ? "tesseract"
        : tesseractDirectory.replaceFirst("/?$", "/") + "tesseract";
    try {
      Process p = new ProcessBuilder(program, "--list-langs").redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return false;
      }
      return new String(out, StandardCharsets.UTF_8).lines()
          .anyMatch(l -> l.strip().equals(OcrSettings.LANGUAGE));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The text Tesseract reads in {@code image}: lines separated by '\n', blocks by a blank line. */
  public String read(InputStream image) throws IOException, TikaException, SAXException {
    TesseractOCRConfig config = new TesseractOCRConfig();
    config.setLanguage(OcrSettings.LANGUAGE);
    config.setTimeoutSeconds((int) Math.min(Integer.MAX_VALUE, settings.pageTimeout().toSeconds()));
    ParseContext context = new ParseContext();
    context.set(TesseractOCRConfig.class, config);
    BodyContentHandler handler = new BodyContentHandler(-1);
    parser.parse(image, handler, new Metadata(), context);
    return handler.toString();
  }
}
