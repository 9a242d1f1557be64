package org.canbo.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import org.canbo.model.Span;

/**
 * Merges the character spans of several name finders: within one finder's output OpenNLP's overlap
 * rule applies ({@link NameFinderME#dropOverlappingSpans}: sorted by start, the earliest and then
 * longest span wins); across finders, given in order of precision, a later finder's span is kept
 * only where it overlaps nothing already kept, so a statistical guess never overrides a rule.
 */
public final class NameSpans {
  private NameSpans() {}

  /** The merged spans in text order; {@code byPriority} lists the finders' outputs, best first. */
  public static List<Span> merge(List<List<Span>> byPriority) {
    List<Span> kept = new ArrayList<>();
    for (List<Span> found : byPriority) {
      for (Span s : dropOverlapping(found)) {
        if (kept.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end())) {
          kept.add(s);
        }
      }
    }
    kept.sort(null);
    return kept;
  }

  /** One finder's spans without overlaps, by OpenNLP's rule. */
  public static List<Span> dropOverlapping(List<Span> found) {
    opennlp.tools.util.Span[] all = new opennlp.tools.util.Span[found.size()];
    for (int i = 0; i < all.length; i++) {
      Span s = found.get(i);
      all[i] = new opennlp.tools.util.Span(s.start(), s.end(), s.type());
    }
    List<Span> out = new ArrayList<>(all.length);
    for (opennlp.tools.util.Span k : NameFinderME.dropOverlappingSpans(all)) {
      out.add(new Span(k.getStart(), k.getEnd(), k.getType()));
    }
    return out;
  }
}
