package org.canbo.extract.figure;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the noun right after a number. Nouns the vocabulary lists are taken longest first with
 * their class ("cán bộ lãnh đạo, quản lý" person, "tỉ đồng" money); any other word is what the
 * word segmenter made of the text there, classed by its form ("bác sĩ" person, "trưởng phòng"
 * post, "thẩm phán" unknown). Empty when no noun follows: punctuation, the end of the sentence or
 * a word that qualifies an elided noun ("11 nữ", "07 trúng cử").
 */
final class UnitFinder {
  private static final String TIMES = "lượt ";

  private final Vocabulary vocabulary;

  UnitFinder(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The noun starting at the first letter at or after {@code pos}, within {@code to}. */
  Optional<Unit> at(String text, String norm, int pos, int to, DocumentWords words) {
    int p = skipSpaces(text, pos, to);
    if (p >= to || !Character.isLetter(text.charAt(p))) {
      return Optional.empty();
    }
    int noun = norm.startsWith(TIMES, p) ? skipSpaces(text, p + TIMES.length(), to) : p;
    if (noun >= to || vocabulary.at("ELIDED", norm, noun, to).isPresent() && noun == p) {
      return Optional.empty();
    }
    Optional<Cue> listed = vocabulary.at("UNIT", norm, noun, to);
    if (listed.isPresent()) {
      int end = listed.get().end();
      return Optional.of(new Unit(p, end, lower(text, p, end),
          UnitClass.parse(listed.get().value()), true));
    }
    long w = words.firstAtOrAfter(noun);
    if (w < 0 || words.start(w) != noun || words.end(w) > to
        || !Character.isLetter(text.charAt(noun))) {
      return Optional.empty();
    }
    int end = words.end(w);
    String word = lower(text, noun, end);
    return Optional.of(new Unit(p, end, lower(text, p, end), UnitClass.ofForm(word), false));
  }

  private static String lower(String text, int from, int to) {
    return text.substring(from, to).toLowerCase(Locale.ROOT);
  }

  private static int skipSpaces(String text, int i, int to) {
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
