package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.canbo.model.Figure;

/**
 * Keeps one figure per statement when a number is restated (headline and body, summary and
 * detail): the first statement outside the headline wins; repeats within one sentence are distinct
 * figures ("112 đảng viên ..., chiếm 5,8%; 112 đảng viên ..., chiếm 5,8%"); a count that repeats
 * the numerator of an earlier ratio is a restatement too.
 */
final class Deduplicator {
  private Deduplicator() {}

  static List<Figure> dedupe(List<Figure> figures, Set<Integer> titleSentences) {
    Map<String, Integer> firstByKey = new LinkedHashMap<>();
    List<Figure> kept = new ArrayList<>(figures);
    boolean[] dropped = new boolean[figures.size()];
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (restatesRatio(figures, i)) {
        dropped[i] = true;
        continue;
      }
      String key = key(f);
      Integer first = firstByKey.get(key);
      if (first == null) {
        firstByKey.put(key, i);
      } else if (figures.get(first).sentence() != f.sentence()) {
        if (titleSentences.contains(figures.get(first).sentence())
            && !titleSentences.contains(f.sentence())) {
          dropped[first] = true;
          firstByKey.put(key, i);
        } else {
          dropped[i] = true;
        }
      }
    }
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      if (!dropped[i]) {
        out.add(kept.get(i));
      }
    }
    return out;
  }

  /** A count that repeats the numerator of an earlier ratio ("63/68 đảng bộ", later "63 đảng bộ"). */
  private static boolean restatesRatio(List<Figure> figures, int i) {
    Figure f = figures.get(i);
    if (!Figure.COUNT.equals(f.kind())) {
      return false;
    }
    for (int j = 0; j < i; j++) {
      Figure r = figures.get(j);
      if (Figure.RATIO.equals(r.kind()) && r.sentence() != f.sentence()
          && r.value().compareTo(f.value()) == 0 && r.category().equals(f.category())
          && unitKey(r.unit()).equals(unitKey(f.unit()))) {
        return true;
      }
    }
    return false;
  }

  private static String key(Figure f) {
    return String.join("|", f.value().toPlainString(), f.kind(),
        Objects.toString(f.denominator()), f.category(), unitKey(f.unit()), f.role(),
        Objects.toString(f.scope()));
  }

  /** A restatement may abbreviate the noun: "1.083 đảng viên", then "1.083 ĐV". */
  private static String unitKey(String unit) {
    if (unit == null) {
      return "-";
    }
    String u = unit.toLowerCase(java.util.Locale.ROOT);
    return switch (u) {
      case "đv" -> "đảng viên";
      case "đ/c" -> "đồng chí";
      default -> u;
    };
  }
}
