package org.canbo.extract.number;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.canbo.text.CharTrie;

/**
 * Parses numbers as Vietnamese writes them: "." groups thousands and "," is the decimal mark
 * ("13.000" → 13000, "96,9" → 96.9, "1.234,5" → 1234.5), and number words ("hai" → 2, "mười lăm"
 * → 15, "hai mươi mốt" → 21, "một trăm linh năm" → 105, "ba nghìn" → 3000).
 */
public final class VietnameseNumbers {
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("\\d+(?:,\\d+)?");
  private static final Map<String, Integer> DIGIT_WORDS = Map.ofEntries(
      Map.entry("không", 0), Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("hai", 2),
      Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5),
      Map.entry("lăm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("bẩy", 7),
      Map.entry("tám", 8), Map.entry("chín", 9));
  private static final Map<String, Long> MULTIPLIERS =
      Map.of("nghìn", 1_000L, "ngàn", 1_000L, "triệu", 1_000_000L, "tỷ", 1_000_000_000L,
          "tỉ", 1_000_000_000L);

  /** Every word that can be part of a spelled-out number. */
  private static final Set<String> NUMBER_WORDS = numberWords();
  /** The longest of them in chars: longer words need no lookup. */
  public static final int LONGEST_NUMBER_WORD =
      NUMBER_WORDS.stream().mapToInt(String::length).max().orElse(0);
  /** The number words in a character trie: most words leave it at their first or second char. */
  private static final CharTrie NUMBER_TRIE = trie(NUMBER_WORDS);
  /** The trie's children by first char (all number words start below U+2000): one array read. */
  private static final CharTrie[] FIRSTS = firsts(NUMBER_TRIE);

  private VietnameseNumbers() {}

  private static CharTrie trie(Set<String> words) {
    CharTrie root = new CharTrie();
    for (String w : words) {
      CharTrie n = root;
      for (int i = 0; i < w.length(); i++) {
        n = n.childOrAdd(w.charAt(i));
      }
      n.addRank(0);
    }
    return root;
  }

  private static CharTrie[] firsts(CharTrie root) {
    CharTrie[] out = new CharTrie[0x2000];
    for (String w : NUMBER_WORDS) {
      if (w.charAt(0) >= out.length) {
        throw new IllegalStateException("number word beyond the first-char table: " + w);
      }
      out[w.charAt(0)] = root.child(w.charAt(0));
    }
    return out;
  }

  private static Set<String> numberWords() {
    Set<String> all = new HashSet<>(DIGIT_WORDS.keySet());
    all.addAll(MULTIPLIERS.keySet());
    all.addAll(List.of("mười", "mươi", "trăm", "linh", "lẻ"));
    return Set.copyOf(all);
  }

  /** The value of a digit string in Vietnamese format; empty for dates like "23.11.2017". */
  public static Optional<BigDecimal> parseDigits(String s) {
    if (!GROUPED.matcher(s).matches() && !PLAIN.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of(normalise(new BigDecimal(s.replace(".", "").replace(',', '.'))));
  }

  /** The multiplier of "nghìn", "triệu"... or empty. */
  public static Optional<Long> multiplier(String word) {
    return Optional.ofNullable(MULTIPLIERS.get(word));
  }

  /** True for words that can be part of a spelled-out number. */
  public static boolean isNumberWord(String word) {
    return NUMBER_WORDS.contains(word);
  }

  /**
   * Whether {@code s[from, to)} is one of the number words, without copying it: asked for every
   * word of every sentence with a number, and nearly every word is not one.
   */
  public static boolean isNumberWord(String s, int from, int to) {
    int length = to - from;
    if (length <= 0 || length > LONGEST_NUMBER_WORD) {
      return false;
    }
    char first = s.charAt(from);
    CharTrie n = first < FIRSTS.length ? FIRSTS[first] : null;
    for (int i = from + 1; i < to && n != null; i++) {
      n = n.child(s.charAt(i));
    }
    return n != null && n.ends();
  }

  /** The value of a sequence of lower-case number words, or empty when it is not well formed. */
  public static Optional<BigDecimal> parseWords(List<String> words) {
    long total = 0;
    long group = 0;
    long current = -1;
    for (String w : words) {
      Long mult = MULTIPLIERS.get(w);
      if (DIGIT_WORDS.containsKey(w)) {
        if (current > 0 && current % 10 == 0 && current < 100 && current >= 10) {
          current += DIGIT_WORDS.get(w);
        } else if (current >= 0 && current < 10) {
          return Optional.empty();
        } else {
          current = Math.max(current, 0) + DIGIT_WORDS.get(w);
        }
      } else if (w.equals("mười")) {
        current = Math.max(current, 0) + 10;
      } else if (w.equals("mươi")) {
        if (current < 1 || current > 9) {
          return Optional.empty();
        }
        current *= 10;
      } else if (w.equals("trăm")) {
        group += Math.max(current, 1) * 100;
        current = -1;
      } else if (w.equals("linh") || w.equals("lẻ")) {
        current = -1;
      } else if (mult != null) {
        total += (group + Math.max(current, group == 0 ? 1 : 0)) * mult;
        group = 0;
        current = -1;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(BigDecimal.valueOf(total + group + Math.max(current, 0)));
  }

  /** Strips trailing zeros without switching to exponent notation (13000, not 1.3E+4). */
  public static BigDecimal normalise(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
