package org.canbo.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.tika.exception.TikaException;
import org.canbo.ingest.ocr.PageRenderer;
import org.canbo.ingest.ocr.TesseractOcr;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads a PDF with PDFBox directly rather than through Tika's PDF parser, whose text stripper can
 * neither be replaced nor told about columns (its sortByPosition setting merges the rows of a
 * two-column page into interleaved lines): text goes through {@link ColumnTextStripper}, the
 * title, author, subject and creation date come from the document information. Pages chosen for
 * OCR are rendered and read by Tesseract instead ({@link TesseractOcr}), in page order. A password-
 * protected file fails with PDFBox's InvalidPasswordException, reported as encrypted.
 */
final class PdfTextExtractor {
  /** Fewer visible glyphs than this on a page with an image: a scan without a text layer. */
  private static final int MIN_GLYPHS = 10;
  private static final AttributesImpl NONE = new AttributesImpl();
  private static final AttributesImpl PAGE = new AttributesImpl();

  static {
    PAGE.addAttribute("", "class", "class", "CDATA", "page");
  }

  /**
   * What one read found: the pages that look scanned (no text layer, an image), the fonts of the
   * text layer, how many pages were OCR'd and the pages OCR could not read ("page 3: timeout").
   */
  record Reading(List<Integer> scannedPages, Set<String> fonts, int ocrPages, List<String> ocrProblems) {}

  private PdfTextExtractor() {}

  /**
   * Puts the document properties into {@code properties} (first, so they survive a stop at the
   * character limit), then writes the body to {@code handler}, pages for which {@code ocrPage}
   * holds (0-based) read by {@code ocr}; a handler error is rethrown.
   */
  static Reading extract(Path file, ContentHandler handler, Map<String, String> properties,
      IntPredicate ocrPage, TesseractOcr ocr) throws IOException, SAXException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      properties.putAll(properties(document.getDocumentInformation()));
      handler.startDocument();
      handler.startElement("", "body", "body", NONE);
      ColumnTextStripper stripper = new ColumnTextStripper(handler);
      int pages = document.getNumberOfPages();
      boolean anyOcr = false;
      for (int i = 0; i < pages && !anyOcr; i++) {
        anyOcr = ocrPage.test(i);
      }
      int ocrPages = 0;
      List<String> problems = new ArrayList<>();
      try {
        if (!anyOcr) {
          stripper.writeText(document, Writer.nullWriter());
        } else {
          PageRenderer renderer = new PageRenderer(document, ocr.settings());
          for (int i = 0; i < pages; i++) {
            if (ocrPage.test(i)) {
              ocrPages += ocrPage(renderer, i, ocr, handler, problems) ? 1 : 0;
            } else {
              stripper.setStartPage(i + 1);
              stripper.setEndPage(i + 1);
              stripper.writeText(document, Writer.nullWriter());
            }
          }
        }
      } catch (ColumnTextStripper.SaxFailure e) {
        throw e.sax();
      }
      handler.endElement("", "body", "body");
      handler.endDocument();
      List<Integer> scanned = new ArrayList<>();
      for (int i = 0; i < pages; i++) {
        if (!ocrPage.test(i) && stripper.glyphs(i) < MIN_GLYPHS && hasImage(document.getPage(i))) {
          scanned.add(i);
        }
      }
      return new Reading(scanned, stripper.fonts(), ocrPages, problems);
    }
  }

  /** Writes page {@code i} as Tesseract reads it, a paragraph per text block; false if unread. */
  private static boolean ocrPage(PageRenderer renderer, int i, TesseractOcr ocr,
      ContentHandler handler, List<String> problems) throws SAXException {
    handler.startElement("", "div", "div", PAGE);
    boolean read = false;
    try {
      OcrParagraphs.write(ocr.read(new ByteArrayInputStream(renderer.render(i))), handler);
      read = true;
    } catch (IOException | TikaException | RuntimeException e) {
      problems.add("page " + (i + 1) + ": " + Failures.oneLine(e));
    }
    handler.endElement("", "div", "div");
    return read;
  }

  /** Whether the page draws an image, directly or inside a form. */
  private static boolean hasImage(PDPage page) {
    return hasImage(page.getResources(), 2);
  }

  private static boolean hasImage(PDResources resources, int depth) {
    if (resources == null || depth == 0) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      try {
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDImageXObject
            || x instanceof PDFormXObject form && hasImage(form.getResources(), depth - 1)) {
          return true;
        }
      } catch (IOException e) {
        // An unreadable object is not a scan we could read either.
      }
    }
    return false;
  }

  private static Map<String, String> properties(PDDocumentInformation info) {
    Map<String, String> p = new HashMap<>();
    put(p, ParsedText.TITLE, info.getTitle());
    put(p, ParsedText.AUTHOR, info.getAuthor());
    put(p, ParsedText.DESCRIPTION, info.getSubject());
    Calendar created = info.getCreationDate();
    if (created != null) {
      p.put(ParsedText.DATE, created.toInstant().toString());
    }
    return p;
  }

  private static void put(Map<String, String> p, String key, String value) {
    if (value != null && !value.isBlank()) {
      p.put(key, value.strip());
    }
  }
}
