package org.canbo.cli;

import java.util.List;
import org.canbo.index.ArticleRow;

/** Formats indexed articles as a fixed-width table: id, date, source, title. */
final class ArticleTable {
  private static final int TITLE_WIDTH = 70;

  private ArticleTable() {}

  static String format(List<ArticleRow> rows) {
    int idWidth = Math.max(2, rows.stream().mapToInt(r -> r.id().length()).max().orElse(2));
    int sourceWidth =
        Math.max(6, rows.stream().mapToInt(r -> nz(r.source()).length()).max().orElse(6));
    String pattern = "%-" + idWidth + "s  %-10s  %-" + sourceWidth + "s  %s%n";
    StringBuilder out = new StringBuilder();
    out.append(String.format(pattern, "id", "date", "source", "title"));
    for (ArticleRow r : rows) {
      out.append(String.format(pattern, r.id(), nz(r.date()), nz(r.source()), clip(nz(r.title()))));
    }
    out.append(rows.size()).append(rows.size() == 1 ? " article" : " articles").append(" in the index");
    return out.toString();
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }

  private static String clip(String s) {
    return s.length() <= TITLE_WIDTH ? s : s.substring(0, TITLE_WIDTH - 1) + "…";
  }
}
