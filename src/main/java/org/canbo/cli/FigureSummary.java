package org.canbo.cli;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.canbo.model.Document;
import org.canbo.model.Figure;

/** Counts figures and the articles holding them per category, for the main job's summary. */
final class FigureSummary {
  private final Map<String, Integer> figures = new TreeMap<>();
  private final Map<String, Set<String>> articles = new TreeMap<>();
  private int total;

  void add(Document document) {
    for (Figure f : document.annotations().figures()) {
      figures.merge(f.category(), 1, Integer::sum);
      articles.computeIfAbsent(f.category(), k -> new TreeSet<>()).add(document.id());
      total++;
    }
  }

  String format() {
    StringBuilder out = new StringBuilder(String.format("%-18s %8s %9s%n", "category", "figures", "articles"));
    figures.forEach((c, n) -> out.append(String.format("%-18s %8d %9d%n", c, n, articles.get(c).size())));
    out.append(String.format("%-18s %8d%n", "total", total));
    return out.toString();
  }
}
