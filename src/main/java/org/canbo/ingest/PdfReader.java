package org.canbo.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.canbo.ingest.legacy.FontHints;
import org.canbo.ingest.legacy.LegacyEncoding;
import org.canbo.ingest.ocr.OcrMode;
import org.canbo.ingest.ocr.TesseractOcr;
import org.canbo.model.FailureReason;

/**
 * Reads a PDF: its text layer through {@link PdfTextExtractor}, and under {@code --ocr auto} the
 * pages without one (scans) again through Tesseract, in page order; {@code --ocr always} OCRs every
 * page. A scan without Tesseract fails with {@link TesseractOcr#MISSING}, never as empty text; a
 * document with some text and some unread scanned pages is flagged.
 */
final class PdfReader {
  private static final String PDF = "application/pdf";
  private final IngestLimits limits;
  private final TesseractOcr ocr;

  PdfReader(IngestLimits limits, TesseractOcr ocr) {
    this.limits = limits;
    this.ocr = ocr;
  }

  /** The outcome and, for a text layer, the legacy encoding its fonts name (null if none). */
  record Read(ParseOutcome outcome, LegacyEncoding fontHint) {}

  Read read(Path file) {
    OcrMode mode = ocr.settings().mode();
    if (mode == OcrMode.ALWAYS) {
      if (!ocr.available()) {
        return new Read(new ParseOutcome.Failure(FailureReason.NEEDS_OCR, null), null);
      }
      return new Read(pass(file, page -> true).outcome(), null);
    }
    Pass first = pass(file, page -> false);
    if (first.reading == null || first.reading.scannedPages().isEmpty()) {
      return new Read(first.outcome(), hint(first));
    }
    List<Integer> scanned = first.reading.scannedPages();
    boolean blank = first.outcome() instanceof ParseOutcome.Failure;
    if (mode == OcrMode.NEVER || !ocr.available()) {
      String why = mode == OcrMode.NEVER ? "OCR is off (--ocr never)" : TesseractOcr.MISSING;
      if (blank) {
        return new Read(mode == OcrMode.NEVER
            ? new ParseOutcome.Failure(FailureReason.NO_TEXT, "scanned PDF; " + why)
            : new ParseOutcome.Failure(FailureReason.NEEDS_OCR, null), null);
      }
      return new Read(withFlag(first.outcome(),
          "ocr: " + scanned.size() + " scanned page(s) not read: " + why), hint(first));
    }
    return new Read(pass(file, scanned::contains).outcome(), null);
  }

  private static LegacyEncoding hint(Pass pass) {
    return pass.reading == null ? null : FontHints.ofFontNames(pass.reading.fonts());
  }

  /** One read of the file: the outcome, and what the extractor found (null if it failed). */
  private record Pass(ParseOutcome outcome, PdfTextExtractor.Reading reading) {}

  private Pass pass(Path file, IntPredicate ocrPage) {
    ParagraphContentHandler handler = new ParagraphContentHandler(limits.maxChars());
    Map<String, String> properties = new HashMap<>();
    PdfTextExtractor.Reading reading = null;
    try {
      reading = PdfTextExtractor.extract(file, handler, properties, ocrPage, ocr);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      if (!handler.truncated()) {
        return new Pass(Failures.of(e), null);
      }
    }
    List<String> flags = new ArrayList<>();
    if (reading != null && reading.ocrPages() > 0) {
      properties.put(ParsedText.OCR, "true");
    }
    if (reading != null) {
      reading.ocrProblems().forEach(p -> flags.add("ocr: " + p));
    }
    String text = handler.text();
    if (text.isBlank()) {
      boolean ocrFailed = reading != null && !reading.ocrProblems().isEmpty();
      return new Pass(new ParseOutcome.Failure(FailureReason.NO_TEXT,
          ocrFailed ? "OCR read nothing (" + reading.ocrProblems().get(0) + ")" : PDF), reading);
    }
    return new Pass(new ParseOutcome.Success(
        new ParsedText(text, properties, PDF, null, handler.truncated(), flags)), reading);
  }

  private static ParseOutcome withFlag(ParseOutcome outcome, String flag) {
    ParsedText p = ((ParseOutcome.Success) outcome).parsed();
    List<String> flags = new ArrayList<>(p.flags());
    flags.add(flag);
    return new ParseOutcome.Success(
        new ParsedText(p.text(), p.properties(), p.mediaType(), p.charset(), p.truncated(), flags));
  }
}
