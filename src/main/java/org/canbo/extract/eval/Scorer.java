package org.canbo.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The one precision/recall matcher of the evaluators: per document (in id order), each prediction
 * takes the first unmatched gold item it matches, one-to-one in text order; a prediction with no
 * match is a false alarm, a gold item left over a miss. Two kinds of item may be optional: gold
 * items whose miss does not count (figures of category "other"), and predictions tried only after
 * the others and never counted as false alarms (figures written without a digit).
 *
 * @param <T> the scored item (figure, official, document reference)
 */
public final class Scorer<T> {
  /** A gold item and the prediction matched to it. */
  public record Match<T>(T gold, T predicted) {}

  /** The outcome: matches, misses and false alarms over all documents. */
  public record Result<T>(List<Match<T>> matches, List<T> misses, List<T> falseAlarms)
      implements PrecisionRecall {
    @Override
    public int truePositives() {
      return matches.size();
    }

    @Override
    public int falsePositives() {
      return falseAlarms.size();
    }

    @Override
    public int falseNegatives() {
      return misses.size();
    }
  }

  private final BiPredicate<T, T> same;
  private final Predicate<T> optionalGold;
  private final Predicate<T> optionalPrediction;

  /** A scorer where every gold item must be found and every prediction is counted. */
  public Scorer(BiPredicate<T, T> same) {
    this(same, g -> false, p -> false);
  }

  /**
   * @param same whether a gold item (first argument) and a prediction (second) are the same item
   * @param optionalGold gold items whose miss is not counted
   * @param optionalPrediction predictions matched last and never counted as false alarms
   */
  public Scorer(BiPredicate<T, T> same, Predicate<T> optionalGold, Predicate<T> optionalPrediction) {
    this.same = same;
    this.optionalGold = optionalGold;
    this.optionalPrediction = optionalPrediction;
  }

  /** Scores {@code predicted} against {@code gold}; documents missing from either side count. */
  public Result<T> score(Map<String, List<T>> gold, Map<String, List<T>> predicted) {
    List<Match<T>> matches = new ArrayList<>();
    List<T> misses = new ArrayList<>();
    List<T> falseAlarms = new ArrayList<>();
    Set<String> docs = new TreeSet<>(gold.keySet());
    docs.addAll(predicted.keySet());
    for (String doc : docs) {
      List<T> open = new ArrayList<>(gold.getOrDefault(doc, List.of()));
      List<T> later = new ArrayList<>();
      for (T p : predicted.getOrDefault(doc, List.of())) {
        if (optionalPrediction.test(p)) {
          later.add(p);
        } else if (!take(open, p, matches)) {
          falseAlarms.add(p);
        }
      }
      later.forEach(p -> take(open, p, matches));
      open.stream().filter(optionalGold.negate()).forEach(misses::add);
    }
    return new Result<>(matches, misses, falseAlarms);
  }

  /** Matches {@code p} to the first open gold item it equals, removing that item; false when none. */
  private boolean take(List<T> open, T p, List<Match<T>> matches) {
    for (int i = 0; i < open.size(); i++) {
      if (same.test(open.get(i), p)) {
        matches.add(new Match<>(open.remove(i), p));
        return true;
      }
    }
    return false;
  }
}
