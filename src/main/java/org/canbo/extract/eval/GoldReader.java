package org.canbo.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.canbo.extract.number.VietnameseNumbers;
import org.canbo.model.Confidence;
import org.canbo.model.Figure;
import org.canbo.model.Period;

/**
 * Reads gold annotations ({@code <doc>.gold.jsonl}, one JSON object per line) and returns their
 * "figure" lines as {@link Figure}s keyed by document id (offsets unknown: 0 and the text length).
 */
public final class GoldReader {

  /** Gold figures of every {@code *.gold.jsonl} file in {@code dir}, by document id. */
  public Map<String, List<Figure>> readDir(Path dir) throws IOException {
    return GoldFiles.readDir(dir, "figure", GoldReader::figure);
  }

  /** The figure lines of one gold file. */
  public List<Figure> readFile(String doc, Path file) throws IOException {
    return GoldFiles.readFile(doc, file, "figure", GoldReader::figure);
  }

  private static Figure figure(String doc, JsonNode n) {
    String text = n.path("text").asText();
    return new Figure(text, number(n.get("value")), n.path("kind").asText(),
        number(n.get("denominator")), GoldFiles.text(n, "unit"), n.path("approx").asBoolean(false),
        n.path("category").asText(), GoldFiles.text(n, "subcategory"), n.path("role").asText("value"),
        period(n.get("period")), GoldFiles.text(n, "period_text"), GoldFiles.text(n, "scope"), GoldFiles.text(n, "part_of"),
        GoldFiles.text(n, "check"), doc, -1, 0, text.length(), Confidence.CERTAIN);
  }

  private static BigDecimal number(JsonNode v) {
    return v == null || v.isNull() ? null : VietnameseNumbers.normalise(v.decimalValue());
  }

  private static Period period(JsonNode p) {
    if (p == null || p.isNull()) {
      return null;
    }
    String start = GoldFiles.text(p, "start");
    String end = GoldFiles.text(p, "end");
    return start == null && end == null ? null : new Period(start, end);
  }

}
