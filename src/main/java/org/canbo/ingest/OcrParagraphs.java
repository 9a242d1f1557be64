package org.canbo.ingest;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/** Writes Tesseract's text as XHTML paragraphs: one per block (blocks end at a blank line). */
final class OcrParagraphs {
  private static final AttributesImpl NONE = new AttributesImpl();

  private OcrParagraphs() {}

  /** Line breaks inside a block become spaces in the handler, as for any wrapped paragraph. */
  static void write(String ocrText, ContentHandler handler) throws SAXException {
    for (String block : ocrText.split("\\n\\s*\\n")) {
      char[] paragraph = block.strip().toCharArray();
      if (paragraph.length > 0) {
        handler.startElement("", "p", "p", NONE);
        handler.characters(paragraph, 0, paragraph.length);
        handler.endElement("", "p", "p");
      }
    }
  }
}
