package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.canbo.model.Figure;

/**
 * Labels the drafts of one document from its gold figures, for training: a draft that states a
 * gold figure (same value, kind and denominator; the same noun preferred, else the first in text
 * order) takes its category; a restatement of a labelled draft (same number and noun) takes the
 * same label, since the extractor drops restatements itself; every other draft is {@link
 * Decision#NONE}.
 */
final class GoldAlignment {
  private GoldAlignment() {}

  /** One label per draft, in draft order. */
  static List<String> labels(List<Draft> drafts, List<Figure> gold) {
    String[] labels = new String[drafts.size()];
    for (Figure g : gold) {
      int best = -1;
      for (int i = 0; i < drafts.size(); i++) {
        if (labels[i] != null || !sameNumber(drafts.get(i).rule(), g)) {
          continue;
        }
        if (best < 0) {
          best = i;
        }
        if (sameUnit(drafts.get(i).rule(), g)) {
          best = i;
          break;
        }
      }
      if (best >= 0) {
        labels[best] = g.category();
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      if (labels[i] != null) {
        continue;
      }
      labels[i] = Decision.NONE;
      for (int j = 0; j < drafts.size(); j++) {
        Figure a = drafts.get(i).rule();
        Figure b = drafts.get(j).rule();
        if (j != i && labels[j] != null && !Decision.NONE.equals(labels[j]) && sameNumber(a, b)
            && Objects.equals(a.unit(), b.unit()) && a.sentence() != b.sentence()) {
          labels[i] = labels[j];
          break;
        }
      }
    }
    return List.of(labels);
  }

  private static boolean sameNumber(Figure a, Figure b) {
    return a.value().compareTo(b.value()) == 0 && a.kind().equals(b.kind())
        && (a.denominator() == null ? b.denominator() == null
            : b.denominator() != null && a.denominator().compareTo(b.denominator()) == 0);
  }

  private static boolean sameUnit(Figure draft, Figure gold) {
    return gold.unit() != null && draft.unit() != null
        && draft.unit().toLowerCase(Locale.ROOT).contains(gold.unit().toLowerCase(Locale.ROOT));
  }

  /** The labelled drafts of a document written with digits (gold lists no other). */
  static List<String[]> events(List<Draft> drafts, List<Figure> gold, String text) {
    List<String> labels = labels(drafts, gold);
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      if (drafts.get(i).candidate().hasDigits(text)) {
        List<String> e = new ArrayList<>(drafts.get(i).features());
        e.add(0, labels.get(i));
        out.add(e.toArray(String[]::new));
      }
    }
    return out;
  }
}
