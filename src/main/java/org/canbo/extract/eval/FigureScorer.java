package org.canbo.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.canbo.model.Figure;

/**
 * Scores figures by the gold schema's rules: a prediction matches a gold figure of the same
 * document when value, kind, denominator and category are equal (one-to-one, in text order); gold
 * "other" figures are optional (unmatched ones are not misses); a predicted figure written without
 * a digit ("hai trường hợp") is optional too, since gold lists only figures stated with digits: it
 * is matched after the others and never a false alarm; precision, recall and F1 over all
 * documents; attribute accuracy over matched pairs.
 */
public final class FigureScorer {
  private static final String OPTIONAL = "other";
  private static final Map<String, Function<Figure, Object>> ATTRIBUTES = attributes();

  /** Gold "other" figures may be missed; predictions without a digit are matched last, never false. */
  private static final Scorer<Figure> SCORER = new Scorer<>(FigureScorer::same,
      g -> OPTIONAL.equals(g.category()), p -> !hasDigit(p.text()));

  /** Scores {@code predicted} against {@code gold}; documents missing from either side count. */
  public ScoreReport score(Map<String, List<Figure>> gold, Map<String, List<Figure>> predicted) {
    Scorer.Result<Figure> r = SCORER.score(gold, predicted);
    List<Figure[]> matches = new ArrayList<>();
    r.matches().forEach(m -> matches.add(new Figure[] {m.gold(), m.predicted()}));
    return new ScoreReport(r.truePositives(), r.falsePositives(), r.falseNegatives(),
        accuracy(matches), r.misses(), r.falseAlarms(), matches);
  }

  private static boolean hasDigit(String text) {
    return text.chars().anyMatch(Character::isDigit);
  }

  /** Whether a prediction is the gold figure: same value, kind, denominator, category. */
  private static boolean same(Figure g, Figure p) {
    return g.value().compareTo(p.value()) == 0 && g.kind().equals(p.kind())
        && sameNumber(g.denominator(), p.denominator()) && g.category().equals(p.category());
  }

  private static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static Map<String, Double> accuracy(List<Figure[]> matches) {
    Map<String, Double> out = new LinkedHashMap<>();
    ATTRIBUTES.forEach((name, get) -> {
      long same = matches.stream().filter(m -> Objects.equals(get.apply(m[0]), get.apply(m[1]))).count();
      out.put(name, matches.isEmpty() ? 1.0 : (double) same / matches.size());
    });
    return out;
  }

  private static Map<String, Function<Figure, Object>> attributes() {
    Map<String, Function<Figure, Object>> a = new LinkedHashMap<>();
    a.put("role", Figure::role);
    a.put("period", Figure::period);
    a.put("scope", Figure::scope);
    a.put("approx", Figure::approx);
    a.put("unit", f -> f.unit() == null ? null : f.unit().toLowerCase(java.util.Locale.ROOT));
    return a;
  }
}
