package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.canbo.model.Confidence;
import org.canbo.model.Document;
import org.canbo.model.DocumentRef;

/** One row of the cited-documents dataset, with provenance of the first full mention. */
@JsonPropertyOrder({
  "doc", "sentence", "start", "end", "page", "doc_type", "number", "date", "issuer", "term",
  "plenum", "key", "text", "confidence",
  "ocr"
})
public record DocumentRefRow(
    String doc, int sentence, int start, int end, int page,
    @JsonProperty("doc_type") String docType, String number, String date, String issuer,
    String term, String plenum, String key, String text, double confidence,
    boolean ocr) {

  static DocumentRefRow of(Document d, DocumentRef r) {
    return new DocumentRefRow(r.doc(), r.sentence(), r.start(), r.end(),
        d.pages().pageOf(r.start()), r.docType(), r.number(), r.date(), r.issuer(), r.term(),
        r.plenum(), r.key(), r.text(), Confidence.rounded(r.confidence()),
        Provenance.ocr(d));
  }
}
