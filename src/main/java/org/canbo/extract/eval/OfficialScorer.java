package org.canbo.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.canbo.model.Official;
import org.canbo.text.ToneMarks;

/**
 * Scores officials by the gold schema's rules: a prediction matches a gold official of the same
 * document when their names are equal after Unicode NFC and tone-mark normalisation (one-to-one);
 * precision, recall and F1 over all documents; title recall over matched pairs (gold titles found
 * among the predicted ones, compared the same way, case and spacing aside).
 */
public final class OfficialScorer {

  private static final Scorer<Official> SCORER =
      new Scorer<>((g, p) -> key(g.name()).equals(key(p.name())));

  /** Scores {@code predicted} against {@code gold}; documents missing from either side count. */
  public OfficialScoreReport score(Map<String, List<Official>> gold,
      Map<String, List<Official>> predicted) {
    Scorer.Result<Official> r = SCORER.score(gold, predicted);
    List<Official[]> matches = new ArrayList<>();
    int goldTitles = 0;
    int foundTitles = 0;
    for (Scorer.Match<Official> m : r.matches()) {
      matches.add(new Official[] {m.gold(), m.predicted()});
      Set<String> have = new TreeSet<>();
      m.predicted().titles().forEach(t -> have.add(key(t)));
      goldTitles += m.gold().titles().size();
      foundTitles += (int) m.gold().titles().stream().filter(t -> have.contains(key(t))).count();
    }
    double titleRecall = goldTitles == 0 ? 1.0 : (double) foundTitles / goldTitles;
    return new OfficialScoreReport(r.truePositives(), r.falsePositives(), r.falseNegatives(),
        titleRecall, r.misses(), r.falseAlarms(), matches);
  }

  /** NFC, canonical tone marks, lower case, single spaces: "Nguyễn Văn Hoà" = "nguyễn văn hòa". */
  public static String key(String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    return ToneMarks.canonical(nfc).toLowerCase(Locale.ROOT);
  }
}
