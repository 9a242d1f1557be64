package org.canbo.dataset;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formulas in CSV text cells (OWASP CSV injection): a text starting with
 * {@code = + @}, tab or CR gets a leading apostrophe, and so does one starting with {@code -}
 * unless it is data a spreadsheet cannot run: a year-less ISO date ({@code --10-06}, the schema's
 * day and month without a year, which pandas must read back unchanged), a plain number
 * ({@code -2,5}) or a lone dash. So {@code -1+2} and {@code -A1} are guarded. Numeric columns
 * are never touched.
 */
final class FormulaGuard {
  /** Texts starting with '-' that are data, not formulas. */
  private static final Pattern INERT_DASH =
      Pattern.compile("--\\d{2}(-\\d{2})?|-\\d+([.,]\\d+)?|-");

  private FormulaGuard() {}

  static Map<String, Object> guard(Map<String, Object> row) {
    row.replaceAll((k, v) -> v instanceof String s && dangerous(s) ? "'" + s : v);
    return row;
  }

  static boolean dangerous(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    if (c == '-') {
      return !INERT_DASH.matcher(s).matches();
    }
    return c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r';
  }
}
