package org.canbo.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A party or state document the article cites (type "document_ref" of the gold schema), merged over
 * its mentions, with a normalised {@code key} so "Nghị quyết số 04-NQ/TU", "Nghị quyết 04" and
 * "NQ 04" of one issuer are found together, plus provenance of the first full mention.
 */
@JsonPropertyOrder({
  "doc_type", "number", "date", "issuer", "term", "plenum", "key", "text", "confidence", "doc",
  "sentence", "start", "end"
})
public record DocumentRef(
    @JsonProperty("doc_type") String docType,
    String number,
    String date,
    String issuer,
    String term,
    String plenum,
    String key,
    String text,
    String doc,
    int sentence,
    int start,
    int end,
    double confidence) {
  public DocumentRef {
    Confidence.check(confidence, text);
    if (docType == null || docType.isBlank()) {
      throw new IllegalArgumentException("a document reference needs a type");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ") for " + text);
    }
  }

  /** A copy with the confidence replaced. */
  public DocumentRef withConfidence(double newConfidence) {
    return new DocumentRef(docType, number, date, issuer, term, plenum, key, text, doc, sentence,
        start, end, newConfidence);
  }
}
