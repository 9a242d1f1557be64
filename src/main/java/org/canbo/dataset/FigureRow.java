package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.canbo.model.Confidence;
import org.canbo.model.Document;
import org.canbo.model.Figure;
import org.canbo.model.Period;

/**
 * One row of the figures dataset in CSV: a figure flattened (period split into start and end) with
 * its provenance — document id, sentence index, character offsets into the clean text and page —
 * then the article it came from and its sentence, then the period as full dates (first and last
 * day), which pandas and Stata parse directly.
 */
@JsonPropertyOrder({
  "doc", "sentence", "start", "end", "page", "text", "value", "kind", "denominator", "unit",
  "approx", "category", "subcategory", "role", "period_start", "period_end", "period_text", "scope",
  "part_of", "check", "confidence",
  "title", "date", "source", "locality", "province", "url", "sentence_text",
  "period_start_date", "period_end_date",
  "ocr"
})
public record FigureRow(
    String doc,
    int sentence,
    int start,
    int end,
    int page,
    String text,
    BigDecimal value,
    String kind,
    BigDecimal denominator,
    String unit,
    boolean approx,
    String category,
    String subcategory,
    String role,
    @JsonProperty("period_start") String periodStart,
    @JsonProperty("period_end") String periodEnd,
    @JsonProperty("period_text") String periodText,
    String scope,
    @JsonProperty("part_of") String partOf,
    String check,
    double confidence,
    String title,
    String date,
    String source,
    String locality,
    String province,
    String url,
    @JsonProperty("sentence_text") String sentenceText,
    @JsonProperty("period_start_date") String periodStartDate,
    @JsonProperty("period_end_date") String periodEndDate,
    boolean ocr) {

  static FigureRow of(Document document, Figure f) {
    Period p = f.period();
    ArticleContext c = ArticleContext.of(document, f.sentence());
    return new FigureRow(f.doc(), f.sentence(), f.start(), f.end(),
        document.pages().pageOf(f.start()), f.text(), f.value(), f.kind(), f.denominator(), f.unit(),
        f.approx(), f.category(), f.subcategory(), f.role(),
        p == null ? null : p.start(), p == null ? null : p.end(),
        f.periodText(), f.scope(), f.partOf(), f.check(), Confidence.rounded(f.confidence()),
        c.meta().title(), c.meta().date(), c.meta().source(), c.meta().locality(),
        c.meta().province(), c.meta().url(), c.sentenceText(),
        p == null ? null : p.startDate(), p == null ? null : p.endDate(),
        Provenance.ocr(document));
  }
}
