package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.canbo.model.Document;
import org.canbo.model.PlaceMention;

/** One row of the places dataset: a unit named in an article, resolved, with its province. */
@JsonPropertyOrder({"doc", "start", "end", "page", "text", "type", "name", "province", "code",
  "ocr"})
public record PlaceRow(
    String doc, int start, int end, int page, String text, String type, String name,
    String province, String code,
    boolean ocr) {

  static PlaceRow of(Document d, PlaceMention p) {
    return new PlaceRow(d.id(), p.start(), p.end(), d.pages().pageOf(p.start()), p.text(),
        p.type(), p.name(), p.province(), p.code(),
        Provenance.ocr(d));
  }
}
