package org.canbo.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One personnel statistic found in an article, with the fields of the gold schema (type "figure")
 * plus provenance: document id, sentence index and the UTF-16 offsets of {@code text} in the clean
 * text. {@code check} is set on totals with listed parts: "ok", "mismatch", or null without parts.
 * {@code confidence} in [0, 1] estimates the chance that value, kind, denominator and category are
 * all right (see {@link Confidence}).
 */
@JsonPropertyOrder({
  "text", "value", "kind", "denominator", "unit", "approx", "category", "subcategory", "role",
  "period", "period_text", "scope", "part_of", "check", "confidence", "doc", "sentence", "start",
  "end"
})
public record Figure(
    String text,
    BigDecimal value,
    String kind,
    BigDecimal denominator,
    String unit,
    boolean approx,
    String category,
    String subcategory,
    String role,
    Period period,
    @JsonProperty("period_text") String periodText,
    String scope,
    @JsonProperty("part_of") String partOf,
    String check,
    String doc,
    int sentence,
    int start,
    int end,
    double confidence) {

  public static final String COUNT = "count";
  public static final String PERCENT = "percent";
  public static final String RATIO = "ratio";

  public Figure {
    if (text == null || value == null || kind == null || category == null || role == null) {
      throw new IllegalArgumentException("incomplete figure: " + text + " " + value + " " + kind);
    }
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "figure offsets [" + start + ", " + end + ") do not fit text \"" + text + "\"");
    }
    Confidence.check(confidence, text);
    if (RATIO.equals(kind) != (denominator != null)) {
      throw new IllegalArgumentException("denominator must be set exactly for ratios: " + text);
    }
  }

  /** A copy with part-of link and sum check replaced. */
  public Figure withParts(String newPartOf, String newCheck) {
    return new Figure(text, value, kind, denominator, unit, approx, category, subcategory, role,
        period, periodText, scope, newPartOf, newCheck, doc, sentence, start, end, confidence);
  }

  /** A copy with the confidence replaced. */
  public Figure withConfidence(double newConfidence) {
    return new Figure(text, value, kind, denominator, unit, approx, category, subcategory, role,
        period, periodText, scope, partOf, check, doc, sentence, start, end, newConfidence);
  }
}
