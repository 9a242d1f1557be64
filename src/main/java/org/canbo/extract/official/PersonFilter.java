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

  /**
   * False when {@link #persons} keeps nothing whatever the name finders propose: a kept name
   * starts with two capitalised name syllables, neither inside a post.
   */
  static boolean mayHoldPerson(TaggedSentence t, List<TitlePhrase> titles) {
    boolean[] inTitle = new boolean[t.size()];
    for (TitlePhrase x : titles) {
      for (int i = Math.max(0, x.start()); i < Math.min(x.end(), inTitle.length); i++) {
        inTitle[i] = true;
      }
    }
    for (int i = 0; i + 1 < t.size(); i++) {
      if (nameSyllable(t, inTitle, i) && nameSyllable(t, inTitle, i + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameSyllable(TaggedSentence t, boolean[] inTitle, int i) {
    return !inTitle[i] && canBeName(t.kindAt(i)) && t.isCapitalised(i);
  }

  /** Org words ("Trường", "Vụ") and places may be syllables of a name; posts and bodies not. */
  private static boolean canBeName(Kind kind) {
    return kind == null || kind == Kind.ORG || kind == Kind.PLACE;
  }

  private static boolean insideTitle(List<TitlePhrase> titles, int from, int to) {
    return titles.stream().anyMatch(x -> x.start() < to && from < x.end());
  }
}
