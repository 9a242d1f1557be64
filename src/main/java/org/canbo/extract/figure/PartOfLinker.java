package org.canbo.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.model.Figure;
import org.canbo.text.Literals;

/**
 * Links breakdowns to their totals ("kỷ luật 47 ..., trong đó khiển trách 33 ...", "80 tổ chức Đảng
 * (khiển trách 57, cảnh cáo 23)", a following sentence opening "Trong đó") and sets the total's
 * {@code check}: "ok" when the listed parts add up to it, else "mismatch" (a report's own numbers
 * that do not add up, or a breakdown that lists only some parts).
 */
final class PartOfLinker {
  private static final Pattern MARKER = Pattern.compile(
      "(?<!\\p{L})(?:trong đó|trong số|với hình thức|hình thức|gồm|cụ thể)(?!\\p{L})|\\(");
  /** What every {@link #MARKER} match contains ("với hình thức" contains "hình thức"). */
  private static final String[] MARKER_LITERALS = {"trong đó", "trong số", "hình thức", "gồm", "cụ thể", "("};
  private static final Pattern CONTINUES = Pattern.compile(
      "^(?:trong đó|trong số|cụ thể|theo đó)(?!\\p{L})");

  /** Returns the figures with part-of links and checks; input in text order. */
  List<Figure> link(List<Figure> figures, String norm, Map<Integer, int[]> sentenceBounds) {
    Map<Integer, Integer> totalOf = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (!Figure.COUNT.equals(f.kind()) || "delta".equals(f.role())) {
        continue;
      }
      int total = findTotal(figures, i, norm, sentenceBounds);
      if (total >= 0) {
        totalOf.put(i, total);
      }
    }
    List<Figure> out = new ArrayList<>(figures);
    Map<Integer, BigDecimal> sums = new HashMap<>();
    totalOf.forEach((part, total) -> {
      out.set(part, out.get(part).withParts(figures.get(total).text(), null));
      sums.merge(total, figures.get(part).value(), BigDecimal::add);
    });
    sums.forEach((total, sum) -> {
      int cmp = sum.compareTo(figures.get(total).value());
      String check = cmp == 0 ? "ok" : "mismatch";
      out.set(total, out.get(total).withParts(out.get(total).partOf(), check));
    });
    return out;
  }

  /** The index of the total figure {@code i} breaks down, or -1. */
  private int findTotal(List<Figure> figures, int i, String norm, Map<Integer, int[]> bounds) {
    Figure part = figures.get(i);
    int[] sb = bounds.get(part.sentence());
    for (int j = i - 1; j >= 0; j--) {
      Figure t = figures.get(j);
      boolean sameSentence = t.sentence() == part.sentence();
      boolean previousSentence = t.sentence() == part.sentence() - 1
          && CONTINUES.matcher(norm).region(sb[0], sb[1]).find();
      if (!sameSentence && !previousSentence) {
        return -1;
      }
      if (!isTotalFor(t, part)) {
        continue;
      }
      int from = t.end();
      int to = part.start();
      if (!sameSentence || hasMarker(norm, from, to)) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isTotalFor(Figure t, Figure part) {
    return Figure.COUNT.equals(t.kind()) && !"delta".equals(t.role()) && t.partOf() == null
        && t.value().compareTo(part.value()) > 0 && isOrg(t.unit()) == isOrg(part.unit())
        && t.category().equals(part.category());
  }

  /** Whether a breakdown marker stands between total and part; the literals gate the regex. */
  private static boolean hasMarker(String norm, int from, int to) {
    int end = Math.max(from, to);
    if (!Literals.containsAny(norm, from, end, MARKER_LITERALS)) {
      return false;
    }
    Matcher m = MARKER.matcher(norm).region(from, end);
    return m.find();
  }

  static boolean isOrg(String unit) {
    return CategoryResolver.isOrganisation(unit);
  }
}
