package org.canbo.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads a PDF with PDFBox directly rather than through Tika's PDF parser, whose text stripper can
 * neither be replaced nor told about columns (its sortByPosition setting merges the rows of a
 * two-column page into interleaved lines): text goes through {@link ColumnTextStripper}, the
 * title, author, subject and creation date come from the document information. A password-
 * protected file fails with PDFBox's InvalidPasswordException, reported as encrypted.
 */
final class PdfTextExtractor {
  private PdfTextExtractor() {}

  /**
   * Puts the document properties into {@code properties} (first, so they survive a stop at the
   * character limit), then writes the body to {@code handler}; a handler error is rethrown.
   */
  static void extract(Path file, ContentHandler handler, Map<String, String> properties)
      throws IOException, SAXException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      properties.putAll(properties(document.getDocumentInformation()));
      AttributesImpl none = new AttributesImpl();
      handler.startDocument();
      handler.startElement("", "body", "body", none);
      try {
        new ColumnTextStripper(handler).writeText(document, Writer.nullWriter());
      } catch (ColumnTextStripper.SaxFailure e) {
        throw e.sax();
      }
      handler.endElement("", "body", "body");
      handler.endDocument();
    }
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
