package org.canbo.dataset;

import java.util.Map;

/**
 * Neutralises spreadsheet formulas in CSV text cells (OWASP CSV injection): a text starting with
 * = + - @ tab or CR gets a leading apostrophe. Numbers are left alone, so "-2,5" stays a number.
 */
final class FormulaGuard {
  private FormulaGuard() {}

  static Map<String, Object> guard(Map<String, Object> row) {
    row.replaceAll((k, v) -> v instanceof String s && dangerous(s) ? "'" + s : v);
    return row;
  }

  private static boolean dangerous(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
