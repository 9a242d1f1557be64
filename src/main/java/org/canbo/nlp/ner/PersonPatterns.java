package org.canbo.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Rule-based OpenNLP {@link TokenNameFinder}s for person names over syllable {@link Tokens}: 2-4
 * capitalised syllables after an honorific of the vocabulary ("ông Lê Minh Hưng", "TS Thịnh Văn
 * Khoa", "GS. TS Nguyễn Xuân Thắng"), and 2-4 capitalised syllables that open like a name and do
 * not continue a title-case word ("tỉnh Dương Tất Thắng", "TPHCM Nguyễn Văn Được", but not "Giang
 * Nguyễn" inside "Kiên Giang Nguyễn Thanh Nghị"; acronyms do not count as words). A name opens with
 * a family name, a minority people's prefix with an apostrophe ("H'Hen Niê", "K'Nhiên"), or any
 * capitalised syllable followed by a middle name that marks a person ("Thịnh Văn Khoa").
 *
 * <p>They scan tokens with the vocabulary's hashed sets and tries rather than regular expressions:
 * an alternation of a hundred family names and a look-behind over every honorific cost a third of
 * the officials stage. Stateless and thread-safe.
 */
public final class PersonPatterns {
  /** Span type of a person name. */
  public static final String PERSON = "person";
  private static final int MIN = 2;
  private static final int MAX = 4;

  private PersonPatterns() {}

  /** Names after the vocabulary's honorifics; the honorific itself is not part of the span. */
  public static TokenNameFinder afterHonorific(PostVocabulary vocabulary) {
    TokenDictionary honorifics = vocabulary.dictionary(PostVocabulary.Kind.HONORIFIC);
    return finder(tokens -> {
      String[] lower = TokenDictionary.lowerCase(tokens);
      boolean[] none = new boolean[tokens.length];
      List<Span> out = new ArrayList<>();
      for (int i = 0; i < tokens.length; i++) {
        int end = honorifics.longestMatch(tokens, lower, none, i);
        int run = end > i ? capitalisedRun(tokens, end) : 0;
        if (run >= MIN) {
          out.add(new Span(end, end + run, PERSON));
        }
      }
      return out;
    });
  }

  /** Names of 2-4 capitalised syllables that open like a name, not after a title-case word. */
  public static TokenNameFinder familyFirst(PostVocabulary vocabulary) {
    return finder(tokens -> {
      List<Span> out = new ArrayList<>();
      for (int i = 0; i < tokens.length; i++) {
        if ((i == 0 || !isTitleCaseWord(tokens[i - 1])) && opensName(vocabulary, tokens, i)) {
          int run = capitalisedRun(tokens, i);
          if (run >= MIN) {
            out.add(new Span(i, i + run, PERSON));
          }
        }
      }
      return out;
    });
  }

  private static boolean opensName(PostVocabulary vocabulary, String[] tokens, int i) {
    String t = tokens[i];
    if (!isCapitalised(t)) {
      return false;
    }
    return vocabulary.isFamilyName(t)
        || t.length() > 2 && (t.charAt(0) == 'H' || t.charAt(0) == 'K')
        && Tokens.isApostrophe(t.charAt(1)) && Character.isUpperCase(t.charAt(2))
        || i + 2 < tokens.length && vocabulary.isMiddleName(tokens[i + 1])
        && isCapitalised(tokens[i + 1]) && isCapitalised(tokens[i + 2]);
  }

  /** Capitalised tokens from {@code from}, at most {@link #MAX}. */
  private static int capitalisedRun(String[] tokens, int from) {
    int n = 0;
    while (from + n < tokens.length && n < MAX && isCapitalised(tokens[from + n])) {
      n++;
    }
    return n;
  }

  /** An upper-case letter, then letters, apostrophes only between letters ("H'Hen"). */
  static boolean isCapitalised(String token) {
    if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
      return false;
    }
    for (int k = 1; k < token.length(); k++) {
      char c = token.charAt(k);
      if (!Character.isLetter(c) && !(Tokens.isApostrophe(c) && k + 1 < token.length()
          && Character.isLetter(token.charAt(k + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** A word like "Giang" or "Ông" (not an acronym like "TPHCM"): it may end a place's name. */
  private static boolean isTitleCaseWord(String token) {
    return token.length() >= 2 && Character.isUpperCase(token.charAt(0))
        && Character.isLowerCase(token.charAt(1)) && token.chars().allMatch(Character::isLetter);
  }

  /** Turns a token scan into an OpenNLP finder (no adaptive data to clear). */
  private static TokenNameFinder finder(java.util.function.Function<String[], List<Span>> scan) {
    return new TokenNameFinder() {
      @Override
      public Span[] find(String[] tokens) {
        return scan.apply(tokens).toArray(new Span[0]);
      }

      @Override
      public void clearAdaptiveData() {}
    };
  }
}
