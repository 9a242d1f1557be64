package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.canbo.model.Confidence;
import org.canbo.model.Document;
import org.canbo.model.DocumentRef;

/**
 * One row of the cited-documents dataset, with provenance of the first full mention, then the
 * article it came from and the mention's sentence. The article's date is {@code article_date}:
 * {@code date} is already the cited document's date of issue.
 */
@JsonPropertyOrder({
  "doc", "sentence", "start", "end", "page", "doc_type", "number", "date", "issuer", "term",
  "plenum", "key", "text", "confidence",
  "title", "article_date", "source", "locality", "province", "url", "sentence_text",
  "ocr"
})
public record DocumentRefRow(
    String doc, int sentence, int start, int end, int page,
    @JsonProperty("doc_type") String docType, String number, String date, String issuer,
    String term, String plenum, String key, String text, double confidence,
    String title, @JsonProperty("article_date") String articleDate, String source,
    String locality, String province, String url,
    @JsonProperty("sentence_text") String sentenceText,
    boolean ocr) {

  static DocumentRefRow of(Document d, DocumentRef r) {
    ArticleContext c = ArticleContext.of(d, r.sentence());
    return new DocumentRefRow(r.doc(), r.sentence(), r.start(), r.end(),
        d.pages().pageOf(r.start()), r.docType(), r.number(), r.date(), r.issuer(), r.term(),
        r.plenum(), r.key(), r.text(), Confidence.rounded(r.confidence()), c.meta().title(),
        c.meta().date(), c.meta().source(), c.meta().locality(), c.meta().province(),
        c.meta().url(), c.sentenceText(),
        Provenance.ocr(d));
  }
}
