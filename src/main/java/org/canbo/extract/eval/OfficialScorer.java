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

  /** Scores {@code predicted} against {@code gold}; documents missing from either side count. */
  public OfficialScoreReport score(Map<String, List<Official>> gold,
      Map<String, List<Official>> predicted) {
    List<Official[]> matches = new ArrayList<>();
    List<Official> misses = new ArrayList<>();
    List<Official> falseAlarms = new ArrayList<>();
    Set<String> docs = new TreeSet<>(gold.keySet());
    docs.addAll(predicted.keySet());
    int goldTitles = 0;
    int foundTitles = 0;
    for (String doc : docs) {
      List<Official> g = new ArrayList<>(gold.getOrDefault(doc, List.of()));
      for (Official p : predicted.getOrDefault(doc, List.of())) {
        int i = indexOf(g, p.name());
        if (i < 0) {
          falseAlarms.add(p);
          continue;
        }
        Official m = g.remove(i);
        matches.add(new Official[] {m, p});
        Set<String> have = new TreeSet<>();
        p.titles().forEach(t -> have.add(key(t)));
        goldTitles += m.titles().size();
        foundTitles += (int) m.titles().stream().filter(t -> have.contains(key(t))).count();
      }
      misses.addAll(g);
    }
    double titleRecall = goldTitles == 0 ? 1.0 : (double) foundTitles / goldTitles;
    return new OfficialScoreReport(matches.size(), falseAlarms.size(), misses.size(), titleRecall,
        misses, falseAlarms, matches);
  }

  private static int indexOf(List<Official> gold, String name) {
    String k = key(name);
    for (int i = 0; i < gold.size(); i++) {
      if (key(gold.get(i).name()).equals(k)) {
        return i;
      }
    }
    return -1;
  }

  /** NFC, canonical tone marks, lower case, single spaces: "Nguyễn Văn Hoà" = "nguyễn văn hòa". */
  public static String key(String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    return ToneMarks.canonical(nfc).toLowerCase(Locale.ROOT);
  }
}
