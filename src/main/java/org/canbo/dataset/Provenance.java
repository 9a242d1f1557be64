package org.canbo.dataset;

import org.canbo.model.Document;

/** Provenance columns every dataset row repeats from its document. */
final class Provenance {
  private Provenance() {}

  /** The trailing {@code ocr} column: true when the document's text was read by OCR. */
  static boolean ocr(Document d) {
    return d.source() != null && d.source().ocr();
  }
}
