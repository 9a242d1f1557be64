package org.canbo.nlp.ner;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.namefind.RegexNameFinder;

/**
 * OpenNLP {@link RegexNameFinder}s for person names over syllable {@link Tokens} (joined by single
 * spaces): 2-4 capitalised syllables after an honorific ("ông Lê Minh Hưng"), and 2-4 capitalised
 * syllables opening with a family name that do not continue a capitalised word run ("tỉnh Dương
 * Tất Thắng", "TPHCM Nguyễn Văn Được", but not "Giang Nguyễn" inside "Kiên Giang Nguyễn Thanh
 * Nghị"; acronyms do not count as words).
 */
public final class PersonPatterns {
  /** Span type of a person name. */
  public static final String PERSON = "person";
  private static final String CAP = "\\p{Lu}\\p{L}*";
  private static final String HONORIFIC = "(?iu:đồng chí|đ/c|ông|bà)";

  private PersonPatterns() {}

  /** Names after "đồng chí", "đ/c", "ông", "bà"; the honorific itself is not part of the span. */
  public static RegexNameFinder afterHonorific() {
    Pattern p = Pattern.compile("(?<=(?:^|\\s)" + HONORIFIC + "\\s)" + CAP + "(?:\\s" + CAP + "){1,3}");
    return new RegexNameFinder(new Pattern[] {p}, PERSON);
  }

  /** Family-name-first names of 2-4 capitalised syllables, not preceded by a title-case word. */
  public static RegexNameFinder familyFirst(PostVocabulary vocabulary) {
    String families = vocabulary.familyNames().stream()
        .sorted((a, b) -> b.length() - a.length())
        .map(f -> Pattern.quote(f.substring(0, 1).toUpperCase(Locale.ROOT) + f.substring(1)))
        .collect(Collectors.joining("|"));
    Pattern p = Pattern.compile("(?<!\\p{Lu}\\p{Ll}\\p{L}{0,10}\\s)(?<![\\p{L}\\d])(?:" + families + ")"
        + "(?:\\s" + CAP + "){1,3}");
    return new RegexNameFinder(new Pattern[] {p}, PERSON);
  }
}
