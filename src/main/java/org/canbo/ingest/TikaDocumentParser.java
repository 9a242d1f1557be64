package org.canbo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.canbo.ingest.legacy.FontHints;
import org.canbo.ingest.ocr.OcrMode;
import org.canbo.ingest.ocr.TesseractOcr;
import org.canbo.model.FailureReason;

/**
 * Parses one file in this JVM with Tika (DOCX, DOC, ODT, RTF), PDFBox with column detection (PDF),
 * streaming charset-detected reading (plain text) and {@link HtmlPageReader} (HTML: main content,
 * tables as rows, a flagged fallback), Tesseract for scanned PDF pages and images ({@link
 * PdfReader}, {@link TesseractOcr}), converting TCVN3/VNI text to Unicode ({@link
 * LegacyConversion}), enforcing the size and character limits.
 * A hang or OOM here takes the caller down: use {@link IsolatedParser} for untrusted batches.
 */
public final class TikaDocumentParser implements DocumentParser {
  private static final String TEXT = "text/plain";
  private static final String PDF = "application/pdf";
  private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
  private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/tiff");
  private static final Set<String> TIKA_TYPES = Set.of(
      "application/pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/msword",
      "application/vnd.oasis.opendocument.text",
      "application/rtf",
      // Tika's name for an encrypted OOXML container: parsing it reports ENCRYPTED.
      "application/x-tika-ooxml-protected");

  private final IngestLimits limits;
  private final AutoDetectParser parser;
  private final TypeDetector types;
  private final Set<String> tikaTypes;
  private final HtmlPageReader html;
  private final TesseractOcr ocr;
  private final PdfReader pdf;
  private final LegacyConversion legacy = new LegacyConversion();

  public TikaDocumentParser(IngestLimits limits) {
    this(limits, Set.of());
  }

  /** Also hands {@code extraTypes} to Tika: tests use it for Tika's scripted MockParser. */
  TikaDocumentParser(IngestLimits limits, Set<String> extraTypes) {
    this(limits, extraTypes, new TesseractOcr(limits.ocr()));
  }

  /** With the given OCR engine: tests use one whose Tesseract is missing. */
  TikaDocumentParser(IngestLimits limits, Set<String> extraTypes, TesseractOcr ocr) {
    this.limits = limits;
    TikaConfig config = TikaConfig.getDefaultConfig();
    this.parser = new AutoDetectParser(config);
    this.types = new TypeDetector(config);
    Set<String> types = new HashSet<>(TIKA_TYPES);
    types.addAll(extraTypes);
    this.tikaTypes = Set.copyOf(types);
    this.html = new HtmlPageReader(limits);
    this.ocr = ocr;
    this.pdf = new PdfReader(limits, ocr);
  }

  @Override
  public ParseOutcome parse(Path file) {
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        return new ParseOutcome.Failure(FailureReason.TOO_LARGE,
            size + " bytes > " + limits.maxFileBytes());
      }
      if (size == 0) {
        return new ParseOutcome.Failure(FailureReason.EMPTY, "0 bytes");
      }
      // An article is read once, for the type and the text alike.
      byte[] contents = TypeDetector.readsWhole(size) ? Files.readAllBytes(file) : null;
      String type = types.detect(file, contents).getBaseType().toString();
      if (TEXT.equals(type)) {
        return legacy.apply(plainText(file, contents), null);
      }
      if (HTML.contains(type)) {
        byte[] page = contents != null ? contents : Files.readAllBytes(file);
        return legacy.apply(html.read(page), FontHints.of(file, type, page));
      }
      if (PDF.equals(type)) {
        PdfReader.Read read = pdf.read(file);
        return legacy.apply(read.outcome(), read.fontHint());
      }
      if (IMAGES.contains(type)) {
        return image(file, type);
      }
      if (!tikaTypes.contains(type)) {
        return new ParseOutcome.Failure(FailureReason.UNSUPPORTED, type);
      }
      try (InputStream in = TikaInputStream.get(file)) {
        return legacy.apply(withTika(file, in, type), FontHints.of(file, type, contents));
      }
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return Failures.of(e);
    }
  }

  private ParseOutcome plainText(Path file, byte[] contents) throws IOException {
    PlainTextReader.Result read = contents != null
        ? PlainTextReader.read(contents, limits.maxChars())
        : PlainTextReader.read(file, limits.maxChars());
    if (read.text().isEmpty()) {
      return new ParseOutcome.Failure(FailureReason.EMPTY, "only whitespace");
    }
    return new ParseOutcome.Success(
        new ParsedText(read.text(), Map.of(), TEXT, read.charset().name(), read.truncated()));
  }

  /** An image is a scanned page: Tesseract reads it, or it fails with one clear line. */
  private ParseOutcome image(Path file, String type) {
    if (ocr.settings().mode() == OcrMode.NEVER) {
      return new ParseOutcome.Failure(FailureReason.UNSUPPORTED, type + ", OCR is off (--ocr never)");
    }
    if (!ocr.available()) {
      return new ParseOutcome.Failure(FailureReason.NEEDS_OCR, type);
    }
    String text;
    try (InputStream in = TikaInputStream.get(file)) {
      text = ocr.read(in);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return Failures.of(e);
    }
    ParagraphContentHandler handler = new ParagraphContentHandler(limits.maxChars());
    try {
      handler.startElement("", "body", "body", new org.xml.sax.helpers.AttributesImpl());
      OcrParagraphs.write(text, handler);
      handler.endElement("", "body", "body");
    } catch (org.xml.sax.SAXException e) {
      // The character limit: keep what fits, flagged TRUNCATED.
    }
    return result(handler, type, Map.of(ParsedText.OCR, "true"));
  }

  private ParseOutcome withTika(Path file, InputStream in, String type) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    metadata.set(Metadata.CONTENT_TYPE, type);
    ParagraphContentHandler handler = new ParagraphContentHandler(limits.maxChars());
    try {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      // Reaching the character limit stops the parse on purpose: keep the text, flag it.
      if (!handler.truncated()) {
        return Failures.of(e);
      }
    }
    return result(handler, type, TikaProperties.from(metadata));
  }

  private ParseOutcome result(ParagraphContentHandler handler, String type,
      Map<String, String> properties) {
    String text = handler.text();
    if (text.isBlank()) {
      return new ParseOutcome.Failure(FailureReason.NO_TEXT, type);
    }
    return new ParseOutcome.Success(
        new ParsedText(text, properties, type, null, handler.truncated()));
  }
}
