package org.canbo.extract.official;

import java.util.ArrayList;
import java.util.List;
import org.canbo.model.Span;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.PostVocabulary;
import org.canbo.nlp.ner.PostVocabulary.Kind;
import org.canbo.nlp.ner.Tokens;
import org.canbo.text.Diacritics;

/**
 * Turns merged person spans into syllable-token ranges a person name can really have: aligned to
 * tokens, cut before the first post or body word ("Phó Bí thư" after "đồng chí" is no name),
 * without a stuttered first syllable ("Hà Hà Thị Nga", a typing slip), 2-4 syllables that each
 * have a vowel (a text cut off mid-name ends "... Thái Ng"), not a two-syllable place name ("Hà
 * Nội", "Cao Bằng") unless an honorific stands before it, and not inside a post (where a
 * capitalised run was read as its place).
 */
final class PersonFilter {
  private PersonFilter() {}

  static List<PersonSpan> persons(TaggedSentence t, List<Span> names, List<TitlePhrase> titles,
      Gazetteer gazetteer) {
    List<PersonSpan> out = new ArrayList<>();
    for (Span n : names) {
      int from = t.tokens.indexStartingAt(n.start());
      int to = t.tokens.indexEndingAt(n.end());
      if (from < 0 || to < from) {
        continue; // a statistical span that does not align with syllables
      }
      while (from < to && t.kindAt(from) == Kind.HONORIFIC) {
        from++; // "GS. TS Nguyễn Xuân Thắng": a rank after the honorific is no name
      }
      int end = from;
      while (end <= to && canBeName(t.kindAt(end)) && t.isCapitalised(end)) {
        end++;
      }
      if (end - from > 2 && t.token(from).equalsIgnoreCase(t.token(from + 1))) {
        from++;
      }
      int length = end - from;
      if (length < 2 || length > 4 || !allHaveVowels(t, from, end)
          || insideTitle(titles, from, end) || isBarePlace(t, from, end, gazetteer)) {
        continue;
      }
      out.add(PersonSpan.name(from, end));
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

  /** True when the name opens with a known family name or a prefix like "H'" ("H'Hen Niê"). */
  static boolean opensWithFamilyName(TaggedSentence t, PersonSpan p, PostVocabulary vocabulary) {
    String first = t.token(p.start());
    return vocabulary.isFamilyName(first)
        || first.length() > 2 && "HK".indexOf(first.charAt(0)) >= 0
        && Tokens.isApostrophe(first.charAt(1));
  }

  /** Org words ("Trường", "Vụ") and places may be syllables of a name; posts and bodies not. */
  private static boolean canBeName(Kind kind) {
    return kind == null || kind == Kind.ORG || kind == Kind.PLACE;
  }

  private static boolean isBarePlace(TaggedSentence t, int from, int end, Gazetteer gazetteer) {
    return end - from == 2 && t.kindAt(from - 1) != Kind.HONORIFIC
        && gazetteer.contains(t.token(from) + " " + t.token(from + 1));
  }

  private static boolean allHaveVowels(TaggedSentence t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.token(i).chars().noneMatch(
          c -> "aeiouy".indexOf(Character.toLowerCase(Diacritics.fold((char) c))) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean insideTitle(List<TitlePhrase> titles, int from, int to) {
    return titles.stream().anyMatch(x -> x.start() < to && from < x.end());
  }
}
