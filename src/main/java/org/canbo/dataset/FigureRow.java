package org.canbo.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.canbo.model.Confidence;
import org.canbo.model.Document;
import org.canbo.model.Figure;

/**
 * One row of the figures dataset in CSV: a figure flattened (period split into start and end) with
 * its provenance — document id, sentence index, character offsets into the clean text and page.
 */
@JsonPropertyOrder({
  "doc", "sentence", "start", "end", "page", "text", "value", "kind", "denominator", "unit",
  "approx", "category", "subcategory", "role", "period_start", "period_end", "period_text", "scope",
  "part_of", "check", "confidence",
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
    boolean ocr) {

  static FigureRow of(Document document, Figure f) {
    return new FigureRow(f.doc(), f.sentence(), f.start(), f.end(),
        document.pages().pageOf(f.start()), f.text(), f.value(), f.kind(), f.denominator(), f.unit(),
        f.approx(), f.category(), f.subcategory(), f.role(),
        f.period() == null ? null : f.period().start(), f.period() == null ? null : f.period().end(),
        f.periodText(), f.scope(), f.partOf(), f.check(), Confidence.rounded(f.confidence()),
        Provenance.ocr(document));
  }
}
