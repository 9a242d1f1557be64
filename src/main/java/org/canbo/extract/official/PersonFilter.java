package org.canbo.extract.official;

import java.util.ArrayList;
import java.util.List;
import org.canbo.model.Span;
import org.canbo.nlp.ner.PostVocabulary.Kind;

/**
 * Turns merged person spans into syllable-token ranges a person name can really have: aligned to
 * tokens, cut before the first post or body word ("Phó Bí thư" after "đồng chí" is no name),
 * 2-4 syllables, and not inside a post (where a capitalised run was read as its place).
 */
final class PersonFilter {
  private PersonFilter() {}

  static List<int[]> persons(TaggedSentence t, List<Span> names, List<TitlePhrase> titles) {
    List<int[]> out = new ArrayList<>();
    for (Span n : names) {
      int from = t.tokens.indexStartingAt(n.start());
      int to = t.tokens.indexEndingAt(n.end());
      if (from < 0 || to < from) {
        continue; // a statistical span that does not align with syllables
      }
      int end = from;
      while (end <= to && canBeName(t.kindAt(end)) && t.isCapitalised(end)) {
        end++;
      }
      int length = end - from;
      if (length < 2 || length > 4 || insideTitle(titles, from, end)) {
        continue;
      }
      out.add(new int[] {from, end});
    }
    return out;
  }

  /** Org words ("Trường", "Vụ") and places may be syllables of a name; posts and bodies not. */
  private static boolean canBeName(Kind kind) {
    return kind == null || kind == Kind.ORG || kind == Kind.PLACE;
  }

  private static boolean insideTitle(List<TitlePhrase> titles, int from, int to) {
    return titles.stream().anyMatch(x -> x.start() < to && from < x.end());
  }
}
