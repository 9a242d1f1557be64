package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.canbo.model.Confidence;
import org.canbo.model.Document;
import org.canbo.model.Official;

/** One row of the officials dataset in CSV: titles joined with "; ", provenance of the first mention. */
@JsonPropertyOrder({
  "doc", "sentence", "start", "end", "page", "name", "titles", "org_locality", "province",
  "confidence",
  "ocr"
})
public record OfficialRow(
    String doc, int sentence, int start, int end, int page, String name, String titles,
    @JsonProperty("org_locality") String orgLocality, String province, double confidence,
    boolean ocr) {

  static OfficialRow of(Document d, Official o) {
    return new OfficialRow(o.doc(), o.sentence(), o.start(), o.end(), d.pages().pageOf(o.start()),
        o.name(), String.join("; ", o.titles()), o.orgLocality(), o.province(),
        Confidence.rounded(o.confidence()),
        Provenance.ocr(d));
  }
}
