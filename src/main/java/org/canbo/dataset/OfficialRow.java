package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.canbo.model.Confidence;
import org.canbo.model.Document;
import org.canbo.model.Official;

/**
 * One row of the officials dataset in CSV: titles joined with "; ", provenance of the first
 * mention, then the article it came from and the mention's sentence. The article's province is
 * {@code article_province}: {@code province} is already the province of the official's post.
 */
@JsonPropertyOrder({
  "doc", "sentence", "start", "end", "page", "name", "titles", "org_locality", "province",
  "confidence",
  "title", "date", "source", "locality", "article_province", "url", "sentence_text",
  "ocr"
})
public record OfficialRow(
    String doc, int sentence, int start, int end, int page, String name, String titles,
    @JsonProperty("org_locality") String orgLocality, String province, double confidence,
    String title, String date, String source, String locality,
    @JsonProperty("article_province") String articleProvince, String url,
    @JsonProperty("sentence_text") String sentenceText,
    boolean ocr) {

  static OfficialRow of(Document d, Official o) {
    ArticleContext c = ArticleContext.of(d, o.sentence());
    return new OfficialRow(o.doc(), o.sentence(), o.start(), o.end(), d.pages().pageOf(o.start()),
        o.name(), String.join("; ", o.titles()), o.orgLocality(), o.province(),
        Confidence.rounded(o.confidence()), c.meta().title(), c.meta().date(),
        c.meta().source(), c.meta().locality(), c.meta().province(), c.meta().url(),
        c.sentenceText(),
        Provenance.ocr(d));
  }
}
