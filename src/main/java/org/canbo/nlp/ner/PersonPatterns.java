package org.canbo.nlp.ner;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.namefind.RegexNameFinder;

/**
 * OpenNLP {@link RegexNameFinder}s for person names over syllable {@link Tokens} (joined by single
 * spaces): 2-4 capitalised syllables after an honorific of the vocabulary ("ông Lê Minh Hưng", "TS
 * Thịnh Văn Khoa"), and 2-4 capitalised syllables that open like a name and do not continue a
 * capitalised word run ("tỉnh Dương Tất Thắng", "TPHCM Nguyễn Văn Được", but not "Giang Nguyễn"
 * inside "Kiên Giang Nguyễn Thanh Nghị"; acronyms do not count as words). A name opens with a
 * family name, a minority people's prefix with an apostrophe ("H'Hen Niê", "K'Nhiên"), or any
 * capitalised syllable followed by a middle name that marks a person ("Thịnh Văn Khoa").
 */
public final class PersonPatterns {
  /** Span type of a person name. */
  public static final String PERSON = "person";
  /** A capitalised syllable, apostrophes inside allowed ("H'Hen"). */
  private static final String CAP = "\\p{Lu}\\p{L}*(?:['’]\\p{L}+)*";
  private static final String PREFIXED = "[HK]['’]\\p{Lu}\\p{L}*";

  private PersonPatterns() {}

  /** Names after the vocabulary's honorifics; the honorific itself is not part of the span. */
  public static RegexNameFinder afterHonorific(PostVocabulary vocabulary) {
    String honorifics = alternatives(vocabulary.phrases(PostVocabulary.Kind.HONORIFIC));
    Pattern p = Pattern.compile("(?<=(?:^|\\s)(?iu:" + honorifics + ")\\s)" + CAP
        + "(?:\\s" + CAP + "){1,3}");
    return new RegexNameFinder(new Pattern[] {p}, PERSON);
  }

  /** Names of 2-4 capitalised syllables that open like a name, not preceded by a title-case word. */
  public static RegexNameFinder familyFirst(PostVocabulary vocabulary) {
    String families = alternatives(vocabulary.familyNames().stream()
        .map(f -> f.substring(0, 1).toUpperCase(Locale.ROOT) + f.substring(1)).toList());
    String middles = alternatives(vocabulary.phrases(PostVocabulary.Kind.MIDDLE));
    String opening = "(?:" + families + "|" + PREFIXED + "|" + CAP + "(?=\\s(?:" + middles + ")\\s))";
    Pattern p = Pattern.compile("(?<!\\p{Lu}\\p{Ll}\\p{L}{0,10}\\s)(?<![\\p{L}\\d'’])" + opening
        + "(?:\\s" + CAP + "){1,3}(?![\\p{L}'’])");
    return new RegexNameFinder(new Pattern[] {p}, PERSON);
  }

  /** A regex alternation of literal phrases, longest first so the longest one wins. */
  private static String alternatives(Collection<String> phrases) {
    return phrases.stream()
        .sorted((a, b) -> b.length() - a.length())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}
