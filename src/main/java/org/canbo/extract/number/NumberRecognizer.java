package org.canbo.extract.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.text.Letters;

/**
 * Finds the numbers in a stretch of text — digits in Vietnamese format, percentages, ratios
 * ("12/16"), "16 nghìn", "63 phần trăm", spelled-out numbers ("hai trường hợp") — with their
 * approximating qualifiers; ranges ("80-90", "từ 30 đến 40") give both bounds, approximate; left
 * out is what only looks like a number: dates ("11/9/2013", "(6/10)", "tháng 3/2023",
 * "23.11.2017", "ngày 18 - 25/7"), year ranges ("2016-2018"), times ("07:35") and years.
 *
 * <p>Works on the text and its lower-cased canonical form (same length); stateless.
 */
public final class NumberRecognizer {
  /*
   * A number starts as a run of digits with separators, no spaces: what the regex
   * (?<![\p{L}\d])\d+(?:[.,/:]\d+)* finds, found by runStart and runEnd instead (a regex led by a
   * look-behind is tried at every position of every sentence; the scan touches each char once).
   */
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** What joins the bounds of a range: a dash, or "đến"/"tới" after a "từ" before the lower one. */
  private static final Pattern DASH_BETWEEN = Pattern.compile("^\\s*[-–—]\\s*$");
  private static final Pattern TO_BETWEEN = Pattern.compile("^\\s*(?:đến|tới)\\s+$");
  private static final Pattern FROM_JUST_BEFORE = Pattern.compile("(?<!\\p{L})từ\\s+$");
  private static final Pattern PERCENT_WORDS = Pattern.compile("phần trăm(?!\\p{L})");
  private static final Pattern DATE_WORD_BEFORE = Pattern.compile(
      "(?:ngày|tháng|đợt|quý|sáng|chiều|tối|trưa|đêm|hôm|lúc|năm|từ|đến)\\s*$");
  private static final Pattern QUALIFIER_BEFORE = Pattern.compile(
      "(?<!\\p{L})(gần như|trên dưới|xấp xỉ|khoảng|gần|hơn|trên|chừng)\\s+$");
  private static final Pattern FROM_BEFORE = Pattern.compile("(?<!\\p{L})từ\\s+$");
  private static final Pattern OR_MORE_AFTER = Pattern.compile("^\\s*%?\\s*\\p{L}*\\s*trở lên");

  /** All numbers in {@code text[from, to)}; {@code norm} is the lower-cased canonical text. */
  public List<NumberMention> find(String text, String norm, int from, int to) {
    List<NumberMention> out = new ArrayList<>();
    for (int s = runStart(text, from, from, to); s >= 0; ) {
      int e = runEnd(text, s, to);
      digitMention(text, norm, s, e, to).ifPresent(out::add);
      s = runStart(text, e, from, to);
    }
    List<NumberMention> ranged = ranges(text, norm, out, to);
    ranged.addAll(wordMentions(text, norm, from, to));
    ranged.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return ranged;
  }

  /**
   * Marks the bounds of ranges ("80-90 đại biểu", "27 - 33 người", "từ 30 đến 40 tuổi"): both
   * become approximate and the lower one's phrase runs to the upper one, whose noun they share. A
   * dash next to a number that is not a bound (a date or year on the other side) drops the number:
   * "ngày 18 - 25/7/2019" is a date.
   */
  private List<NumberMention> ranges(String text, String norm, List<NumberMention> digits, int to) {
    List<NumberMention> out = new ArrayList<>(digits);
    for (int i = 0; i + 1 < out.size(); i++) {
      NumberMention a = out.get(i);
      NumberMention b = out.get(i + 1);
      if (b.qualifierStart() < a.end()) {
        continue;
      }
      String between = norm.substring(a.end(), b.qualifierStart());
      boolean dash = DASH_BETWEEN.matcher(between).matches();
      boolean fromTo = TO_BETWEEN.matcher(between).matches()
          && FROM_JUST_BEFORE.matcher(norm.substring(Math.max(0, a.qualifierStart() - 6),
              a.qualifierStart())).find();
      if ((dash || fromTo) && a.kind().equals(b.kind()) && !a.isRatio()
          && a.value().compareTo(b.value()) < 0) {
        out.set(i, a.asRangeBound(b.end()));
        out.set(i + 1, b.asRangeBound(b.end()));
      }
    }
    out.removeIf(m -> !m.approx() && dashedToNonNumber(text, m, to));
    return out;
  }

  /** A number joined by a dash to a digit run that is not a range bound (a date, a year). */
  private static boolean dashedToNonNumber(String text, NumberMention m, int to) {
    int i = m.end();
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '–' || text.charAt(i) == '—')) {
      int j = i + 1;
      while (j < to && text.charAt(j) == ' ') {
        j++;
      }
      if (j < to && isAsciiDigit(text.charAt(j))) {
        return true;
      }
    }
    int k = m.start();
    while (k > 0 && text.charAt(k - 1) == ' ') {
      k--;
    }
    if (k > 0 && (text.charAt(k - 1) == '-' || text.charAt(k - 1) == '–' || text.charAt(k - 1) == '—')) {
      int j = k - 1;
      while (j > 0 && text.charAt(j - 1) == ' ') {
        j--;
      }
      return j > 0 && isAsciiDigit(text.charAt(j - 1));
    }
    return false;
  }

  private Optional<NumberMention> digitMention(String text, String norm, int s, int e, int to) {
    String run = text.substring(s, e);
    if (run.indexOf(':') >= 0 || nextIsDigitSeparator(text, e, to)) {
      return Optional.empty();
    }
    if (run.indexOf('/') >= 0) {
      return ratio(text, norm, s, e, run);
    }
    Optional<BigDecimal> parsed = VietnameseNumbers.parseDigits(run);
    if (parsed.isEmpty() || isYear(run)) {
      return Optional.empty();
    }
    BigDecimal value = parsed.get();
    int end = e;
    String kind = "count";
    int p = skipSpaces(text, e, to);
    if (p < to && text.charAt(p) == '%') {
      kind = "percent";
      end = p + 1;
    } else if (PERCENT_WORDS.matcher(norm).region(p, to).lookingAt()) {
      kind = "percent";
      end = p + "phần trăm".length();
    } else {
      Matcher w = WORD.matcher(norm).region(p, to);
      if (w.lookingAt() && VietnameseNumbers.multiplier(w.group()).isPresent()) {
        value = VietnameseNumbers.normalise(
            value.multiply(BigDecimal.valueOf(VietnameseNumbers.multiplier(w.group()).get())));
        end = w.end();
      }
    }
    return Optional.of(withQualifier(norm, s, end, value, kind, null));
  }

  private Optional<NumberMention> ratio(String text, String norm, int s, int e, String run) {
    String[] parts = run.split("/");
    if (parts.length != 2 || isYear(parts[1]) || parts[1].length() == 4) {
      return Optional.empty();
    }
    boolean inParens = s > 0 && text.charAt(s - 1) == '(' && e < text.length()
        && text.charAt(e) == ')';
    if (inParens || DATE_WORD_BEFORE.matcher(norm.substring(Math.max(0, s - 8), s)).find()) {
      return Optional.empty();
    }
    Optional<BigDecimal> num = VietnameseNumbers.parseDigits(parts[0]);
    Optional<BigDecimal> den = VietnameseNumbers.parseDigits(parts[1]);
    if (num.isEmpty() || den.isEmpty() || den.get().signum() == 0
        || num.get().compareTo(den.get()) > 0) {
      return Optional.empty();
    }
    return Optional.of(withQualifier(norm, s, e, num.get(), "ratio", den.get()));
  }

  private NumberMention withQualifier(
      String norm, int s, int e, BigDecimal value, String kind, BigDecimal den) {
    String before = norm.substring(Math.max(0, s - 14), s);
    Matcher q = QUALIFIER_BEFORE.matcher(before);
    if (q.find()) {
      return new NumberMention(s - (before.length() - q.start(1)), s, e, value, kind, den, true);
    }
    boolean fromOrMore = FROM_BEFORE.matcher(before).find()
        && OR_MORE_AFTER.matcher(norm.substring(e, Math.min(norm.length(), e + 24))).find();
    return new NumberMention(s, s, e, value, kind, den, fromOrMore);
  }

  /**
   * Spelled-out numbers of two words or more, or a single unambiguous word ("hai", "mười"). Words
   * are runs of letters ({@code \\p{L}+}) found by a plain scan, and only words short enough to
   * be number words are copied out: this runs over every sentence, and most words are not numbers.
   */
  private List<NumberMention> wordMentions(String text, String norm, int from, int to) {
    List<NumberMention> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    int start = -1;
    int end = -1;
    int i = from;
    while (i < to) {
      int letters = letterRun(norm, i, to);
      if (letters == 0) {
        i++;
        continue;
      }
      int wordStart = i;
      int wordEnd = i + letters;
      i = wordEnd;
      boolean numberWord = VietnameseNumbers.isNumberWord(norm, wordStart, wordEnd);
      String word = numberWord ? norm.substring(wordStart, wordEnd) : null;
      boolean adjacent = end < 0 || isBlank(norm, end, wordStart);
      if (numberWord && adjacent) {
        if (words.isEmpty()) {
          start = wordStart;
        }
        words.add(word);
        end = wordEnd;
        continue;
      }
      flushWords(norm, words, start, end, out);
      words.clear();
      end = -1;
      if (numberWord) {
        words.add(word);
        start = wordStart;
        end = wordEnd;
      }
    }
    flushWords(norm, words, start, end, out);
    return out;
  }

  /**
   * Length of the run of letters (what {@code \\p{L}+} takes, code point by code point) starting
   * at {@code i} and ending by {@code to}; 0 when no letter starts there.
   */
  private static int letterRun(String s, int i, int to) {
    int j = i;
    while (j < to) {
      char c = s.charAt(j);
      if (!Character.isSurrogate(c)) {
        // a char outside the surrogates is its own code point: no codePointAt needed
        if (!Letters.isLetter(c)) {
          break;
        }
        j++;
        continue;
      }
      int cp = s.codePointAt(j);
      int next = j + Character.charCount(cp);
      if (next > to || !Character.isLetter(cp)) {
        break;
      }
      j = next;
    }
    return j - i;
  }

  /** {@code s.substring(from, to).isBlank()} without the copy (white space is all in the BMP). */
  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void flushWords(String norm, List<String> words, int start, int end, List<NumberMention> out) {
    if (words.isEmpty() || (words.size() == 1 && !UNAMBIGUOUS.contains(words.get(0)))) {
      return;
    }
    if (VietnameseNumbers.multiplier(words.get(0)).isPresent()) {
      return;
    }
    VietnameseNumbers.parseWords(words)
        .filter(v -> v.signum() > 0)
        .ifPresent(v -> out.add(withQualifier(norm, start, end, v, "count", null)));
  }

  /** Single words that are numbers in every reading ("năm" is also "year", "một" also "a"). */
  private static final java.util.Set<String> UNAMBIGUOUS =
      java.util.Set.of("hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười");

  /** "23.11.2017" or "1.2." style runs continue past what the pattern took. */
  private static boolean nextIsDigitSeparator(String text, int e, int to) {
    return e + 1 < to && (text.charAt(e) == '.' || text.charAt(e) == ',')
        && Character.isDigit(text.charAt(e + 1));
  }

  /** Four-digit numbers 1900-2099 written without a thousands dot are years. */
  static boolean isYear(String s) {
    if (s.length() != 4 || !s.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(s);
    return y >= 1900 && y <= 2099;
  }

  /**
   * Start of the first run at or after {@code i} in the region {@code [from, to)}: an ASCII digit
   * with no letter or digit before it (nothing before the region counts, as for a regex region).
   * -1 when there is none.
   */
  static int runStart(String text, int i, int from, int to) {
    for (int k = i; k < to; k++) {
      if (isAsciiDigit(text.charAt(k))
          && (k == from || !(Character.isLetter(text.charAt(k - 1)) || isAsciiDigit(text.charAt(k - 1))))) {
        return k;
      }
    }
    return -1;
  }

  /** End of the run starting at {@code s}: digits, and separators [.,/:] each followed by a digit. */
  static int runEnd(String text, int s, int to) {
    int e = s;
    while (e < to && isAsciiDigit(text.charAt(e))) {
      e++;
    }
    while (e + 1 < to && isRunSeparator(text.charAt(e)) && isAsciiDigit(text.charAt(e + 1))) {
      e++;
      while (e < to && isAsciiDigit(text.charAt(e))) {
        e++;
      }
    }
    return e;
  }

  private static boolean isRunSeparator(char c) {
    return c == '.' || c == ',' || c == '/' || c == ':';
  }

  /** Regex {@code \\d}: ASCII digits only. */
  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int skipSpaces(String text, int i, int to) {
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

}
