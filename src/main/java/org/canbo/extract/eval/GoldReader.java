package org.canbo.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.canbo.extract.number.VietnameseNumbers;
import org.canbo.model.Figure;
import org.canbo.model.Period;

/**
 * Reads gold annotations ({@code <doc>.gold.jsonl}, one JSON object per line) and returns their
 * "figure" lines as {@link Figure}s keyed by document id (offsets unknown: 0 and the text length).
 */
public final class GoldReader {
  private static final String SUFFIX = ".gold.jsonl";
  private final ObjectMapper json = new ObjectMapper();

  /** Gold figures of every {@code *.gold.jsonl} file in {@code dir}, by document id. */
  public Map<String, List<Figure>> readDir(Path dir) throws IOException {
    Map<String, List<Figure>> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
        String name = f.getFileName().toString();
        String doc = name.substring(0, name.length() - SUFFIX.length());
        out.put(doc, readFile(doc, f));
      }
    }
    return out;
  }

  /** The figure lines of one gold file. */
  public List<Figure> readFile(String doc, Path file) throws IOException {
    List<Figure> out = new ArrayList<>();
    int no = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      if (!"figure".equals(n.path("type").asText())) {
        continue;
      }
      try {
        out.add(figure(doc, n));
      } catch (RuntimeException e) {
        throw new IOException(file + " line " + no + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static Figure figure(String doc, JsonNode n) {
    String text = n.path("text").asText();
    return new Figure(text, number(n.get("value")), n.path("kind").asText(),
        number(n.get("denominator")), str(n, "unit"), n.path("approx").asBoolean(false),
        n.path("category").asText(), str(n, "subcategory"), n.path("role").asText("value"),
        period(n.get("period")), str(n, "period_text"), str(n, "scope"), str(n, "part_of"),
        str(n, "check"), doc, -1, 0, text.length());
  }

  private static BigDecimal number(JsonNode v) {
    return v == null || v.isNull() ? null : VietnameseNumbers.normalise(v.decimalValue());
  }

  private static Period period(JsonNode p) {
    if (p == null || p.isNull()) {
      return null;
    }
    String start = str(p, "start");
    String end = str(p, "end");
    return start == null && end == null ? null : new Period(start, end);
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
