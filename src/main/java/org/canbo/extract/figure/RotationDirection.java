package org.canbo.extract.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direction of a rotation near a number: "từ tỉnh về huyện" → "tỉnh->huyện", "cấp tỉnh
 * luân chuyển về huyện", "từ huyện xuống cơ sở" → "huyện->xã", "từ huyện về đảm nhận ... các xã".
 */
final class RotationDirection {
  private static final String LEVEL = "(tỉnh|huyện|xã|cơ sở|trung ương|thành phố|thị xã|phường)";
  private static final Pattern EXPLICIT = Pattern.compile(
      "(?:từ\\s+)?(?:cấp\\s+)?" + LEVEL + "\\s+(?:luân chuyển\\s+)?(?:về|xuống|lên|sang)\\s+"
          + "(?:cấp\\s+)?" + LEVEL);
  private static final Pattern FROM_ONLY = Pattern.compile(
      "từ\\s+(?:cấp\\s+)?" + LEVEL + "\\s+(?:về|xuống|lên)\\b[^;.]{0,60}?\\b(?:các\\s+)?" + LEVEL);

  private RotationDirection() {}

  /** The direction nearest the candidate within the window, or null. */
  static String find(String norm, Candidate c, CategoryResolver.Window w) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Pattern p : new Pattern[] {EXPLICIT, FROM_ONLY}) {
      Matcher m = p.matcher(norm).region(w.start(), w.end());
      while (m.find()) {
        int d = m.end() <= c.number().qualifierStart()
            ? c.number().qualifierStart() - m.end()
            : Math.max(0, m.start() - c.tailEnd());
        String dir = level(m.group(1)) + "->" + level(m.group(2));
        if (d < bestDistance && !level(m.group(1)).equals(level(m.group(2)))) {
          best = dir;
          bestDistance = d;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /** Levels as the schema names them: communes and wards are "xã", cities of a province "huyện". */
  private static String level(String word) {
    return switch (word) {
      case "cơ sở", "phường", "xã" -> "xã";
      case "thị xã", "thành phố", "huyện" -> "huyện";
      default -> word;
    };
  }
}
