package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.model.Period;
import org.canbo.text.Literals;

/**
 * Finds period phrases in a sentence and resolves them against the publication date: "giai đoạn
 * 2016-2018", "nhiệm kỳ 2020 – 2025", "năm 2018", "tháng 11/2021", "6 tháng đầu năm 2023",
 * "Từ năm 2014 đến nay", "từ đầu nhiệm kỳ ... đến nay", "năm qua", "đến hết quý I/2013"; stock
 * markers ("hiện có", bare "đến nay") come back with a null period.
 */
final class PeriodFinder {
  private static final String Y = "((?:19|20)\\d\\d)";
  private static final Pattern SINCE_YEAR = Pattern.compile("từ (?:đầu )?năm " + Y + " (?:đến|tới) nay");
  private static final Pattern SINCE_MONTH =
      Pattern.compile("từ tháng (\\d{1,2})/" + Y + " (?:đến|tới) nay");
  /** "phấn đấu đến năm 2025": a deadline, the period's end alone. */
  private static final Pattern UNTIL_YEAR = Pattern.compile("(?<!\\p{L})(?:đến|tới) năm " + Y);
  private static final Pattern QUARTER =
      Pattern.compile("(?<!\\p{L})quý (i|ii|iii|iv)(?: năm |/)" + Y);
  /** "tính đến ngày 10-9-2018": a stock on that day. */
  private static final Pattern AS_OF_DAY = Pattern.compile(
      "tính đến ngày (\\d{1,2})[-./](\\d{1,2})[-./]" + Y);
  /**
   * A body or post right before a term makes it the body's term ("Ban Thường vụ Tỉnh ủy Quảng Ninh
   * nhiệm kỳ 2015-2020", "nguyên Bí thư quận Tân Phú nhiệm kỳ 2010 - 2015"): only names (capitalised
   * words, numbers, type words) may stand between. Matched on the canonical, case-kept text.
   */
  private static final Pattern NOMINAL_BEFORE = Pattern.compile(
      "(?<!\\p{L})(?iu:ban thường vụ|ban chấp hành|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy"
          + "|hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|đảng đoàn|bí thư|chủ tịch|giám đốc"
          + "|trưởng phòng|trưởng ban|ủy viên)"
          + "(?:\\s+(?:\\p{Lu}[\\p{L}.]*|\\d+|tỉnh|huyện|quận|thị xã|thành phố|xã|phường))*\\s*$");
  private static final Pattern TERM_START = Pattern.compile("^(?:nhiệm kỳ|giai đoạn|khóa|\\d)");
  /** "đạt 94,7% kế hoạch năm 2019": the year of a plan, not of the statement. */
  private static final Pattern PLAN_BEFORE =
      Pattern.compile("(?<!\\p{L})(?:kế hoạch|chỉ tiêu|nghị quyết)\\s*$");
  private static final Pattern SINCE_START = Pattern.compile(
      "từ đầu (năm|nhiệm kỳ)[^.;,]{0,40}? (?:đến|tới) nay");
  static final Pattern RANGE = Pattern.compile(
      "(?:giai đoạn|nhiệm kỳ|khóa|thời kỳ|từ năm|từ)?\\s*" + Y + "\\s*(?:[-–—]|đến)\\s*(?:năm\\s*)?" + Y);
  private static final Pattern HALF = Pattern.compile("(\\d{1,2}) tháng (?:đầu )?năm(?: " + Y + ")?");
  private static final Pattern QUARTER_END = Pattern.compile(
      "(?:tính )?đến hết quý (i|ii|iii|iv)/" + Y);
  private static final Pattern UNTIL_DAY = Pattern.compile(
      "(?:tính )?đến (?:hết )?ngày (\\d{1,2})/(\\d{1,2})(?:/" + Y + ")?");
  private static final Pattern MONTH = Pattern.compile("tháng (\\d{1,2})(?:/| năm )" + Y);
  private static final Pattern YEAR = Pattern.compile("(?<!\\p{L})năm " + Y);
  /** What every {@link #LAST_YEAR} match holds: the gate in front of it. */
  static final String PAST_YEAR = "năm qua";
  static final String YEAR_BEFORE = "năm trước";
  static final Pattern LAST_YEAR = Pattern.compile("(?:trong )?" + PAST_YEAR + "|" + YEAR_BEFORE);
  private static final Pattern STOCK = Pattern.compile(
      "(?<!\\p{L})(?:hiện nay|hiện có|đến nay|tính đến thời điểm|từ nay|nâng tổng số)(?!\\p{L})");
  /** What every {@link #BASELINE} match holds: the gate in front of it. */
  static final String COMPARED_WITH = "so với";
  static final Pattern BASELINE = Pattern.compile(COMPARED_WITH + "(?: \\p{L}+){0,6}\\s*$");

  private static final Pattern PUB_YEAR = Pattern.compile("\\d{4}.*");

  /**
   * All phrases of {@code norm[from, to)}, non-overlapping, in text order. Each pattern runs only
   * when the sentence holds the literal text (and a year, where the pattern needs one) without
   * which it cannot match: most sentences have no period, and trying ten patterns at every
   * position of every sentence was the extractor's largest cost. The gates only skip patterns
   * that would find nothing, so the phrases and their order are the same.
   */
  List<PeriodPhrase> find(String text, String norm, int from, int to, String pubDate) {
    String year = pubDate != null && PUB_YEAR.matcher(pubDate).matches() ? pubDate.substring(0, 4) : null;
    int years = yearLike(norm, from, to);
    boolean hasYear = years > 0;
    String sentence = norm.substring(from, to); // for the literal gates: String.contains is fast
    List<PeriodPhrase> out = new ArrayList<>();
    if (hasYear && sentence.contains("từ ")) {
      add(out, text, norm, from, to, SINCE_YEAR, m -> since(m.group(1), pubDate));
      add(out, text, norm, from, to, SINCE_MONTH,
          m -> new Period(m.group(2) + "-" + two(m.group(1)), pubDate));
    }
    if (hasYear && sentence.contains("tính đến ngày ")) {
      add(out, text, norm, from, to, AS_OF_DAY,
          m -> Period.of(m.group(3) + "-" + two(m.group(2)) + "-" + two(m.group(1))));
    }
    if (sentence.contains("từ đầu ")) {
      add(out, text, norm, from, to, SINCE_START,
          m -> since(m.group(1).equals("năm") ? year : null, pubDate));
    }
    if (hasYear && sentence.contains("đến hết quý ")) {
      add(out, text, norm, from, to, QUARTER_END, m -> Period.of(quarterEnd(m.group(1), m.group(2))));
    }
    if (hasYear && sentence.contains("quý ")) {
      add(out, text, norm, from, to, QUARTER, m -> quarter(m.group(1), m.group(2)));
    }
    if (years >= 2 && hasYearRange(norm, from, to)) {
      add(out, text, norm, from, to, RANGE, m -> new Period(m.group(1), m.group(2)));
    }
    if (sentence.contains(" tháng ")) {
      add(out, text, norm, from, to, HALF, m -> months(m.group(1), m.group(2) != null ? m.group(2) : null));
    }
    if (sentence.contains("ngày ") && sentence.contains("đến ")) {
      add(out, text, norm, from, to, UNTIL_DAY, m -> untilDay(m, year));
    }
    if (hasYear && sentence.contains("tháng ")) {
      add(out, text, norm, from, to, MONTH, m -> Period.of(m.group(2) + "-" + two(m.group(1))));
    }
    if (hasYear && (sentence.contains("năm 19") || sentence.contains("năm 20"))) {
      add(out, text, norm, from, to, UNTIL_YEAR, m -> new Period(null, m.group(1)));
      add(out, text, norm, from, to, YEAR, m -> Period.of(m.group(1)));
    }
    if (sentence.contains(PAST_YEAR) || sentence.contains(YEAR_BEFORE)) {
      add(out, text, norm, from, to, LAST_YEAR,
          m -> year == null ? null : Period.of(String.valueOf(Integer.parseInt(year) - 1)));
    }
    if (sentence.contains("nay") || sentence.contains("hiện có")
        || sentence.contains("tính đến thời điểm") || sentence.contains("nâng tổng số")) {
      add(out, text, norm, from, to, STOCK, m -> null);
    }
    out.removeIf(p -> p.period() == null && !STOCK.matcher(p.text().toLowerCase()).find());
    out.sort(Comparator.comparingInt(PeriodPhrase::start));
    out.replaceAll(p -> isNominal(text, norm, from, p) ? p.asNominal() : p);
    return out;
  }

  /** How many places in {@code norm[from, to)} hold "19dd" or "20dd" ({@link #Y}), counted up to 2. */
  private static int yearLike(String norm, int from, int to) {
    int n = 0;
    for (int i = from; i + 4 <= to && n < 2; i++) {
      char c = norm.charAt(i);
      char d = norm.charAt(i + 1);
      if (((c == '1' && d == '9') || (c == '2' && d == '0'))
          && isAsciiDigit(norm.charAt(i + 2)) && isAsciiDigit(norm.charAt(i + 3))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether {@code norm[from, to)} holds the core of a {@link #RANGE} match: a year, a dash or
   * "đến" between optional white space, an optional "năm", and a year. Every RANGE match holds
   * one, so skipping the pattern where there is none finds the same phrases; most sentences with
   * two years have none ("năm 2020 ... năm 2021"), and RANGE is tried at every position.
   */
  static boolean hasYearRange(String norm, int from, int to) {
    for (int i = from; i + 4 <= to; i++) {
      if (isYearAt(norm, i, to)) {
        int j = skipRegexSpace(norm, i + 4, to);
        if (j < to && (norm.charAt(j) == '-' || norm.charAt(j) == '–' || norm.charAt(j) == '—')) {
          j++;
        } else if (norm.startsWith("đến", j) && j + 3 <= to) {
          j += 3;
        } else {
          continue;
        }
        j = skipRegexSpace(norm, j, to);
        if (norm.startsWith("năm", j) && j + 3 <= to) {
          int k = skipRegexSpace(norm, j + 3, to);
          if (isYearAt(norm, k, to)) {
            return true;
          }
        }
        if (isYearAt(norm, j, to)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@link #Y} at {@code i}: "19dd" or "20dd" ending by {@code to}. */
  private static boolean isYearAt(String norm, int i, int to) {
    if (i + 4 > to) {
      return false;
    }
    char c = norm.charAt(i);
    char d = norm.charAt(i + 1);
    return ((c == '1' && d == '9') || (c == '2' && d == '0'))
        && isAsciiDigit(norm.charAt(i + 2)) && isAsciiDigit(norm.charAt(i + 3));
  }

  /** Skips what regex {@code \s} matches: [ \t\n\x0B\f\r]. */
  private static int skipRegexSpace(String norm, int i, int to) {
    while (i < to && " \t\n\u000B\f\r".indexOf(norm.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static void add(List<PeriodPhrase> out, String text, String norm, int from, int to,
      Pattern p, Function<Matcher, Period> resolve) {
    Matcher m = p.matcher(norm).region(from, to);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      while (s < e && norm.charAt(s) == ' ') {
        s++;
      }
      final int start = s;
      boolean overlaps = out.stream().anyMatch(o -> o.start() < e && start < o.end());
      boolean baseline = isBaseline(norm, Math.max(from, start - 30), start);
      if (overlaps || baseline) {
        if (baseline && !overlaps) {
          out.add(new PeriodPhrase(start, e, null, "")); // consumed, ignored later
        }
        continue;
      }
      out.add(new PeriodPhrase(start, e, resolve.apply(m), text.substring(start, e)));
    }
  }

  /**
   * Whether {@code norm[from, to)} ends in a "so với ..." baseline: {@link #BASELINE} runs only
   * where its literal head stands, which every match holds (most phrases have none before them).
   */
  static boolean isBaseline(String norm, int from, int to) {
    return Literals.contains(norm, from, to, COMPARED_WITH)
        && BASELINE.matcher(norm.substring(from, to)).find();
  }

  private static boolean isNominal(String text, String norm, int from, PeriodPhrase p) {
    if (p.isStock()) {
      return false;
    }
    if (PLAN_BEFORE.matcher(norm.substring(Math.max(from, p.start() - 12), p.start())).find()) {
      return true;
    }
    if (!TERM_START.matcher(norm.substring(p.start(), p.end())).find()) {
      return false;
    }
    String before = org.canbo.text.ToneMarks.canonical(
        text.substring(Math.max(from, p.start() - 80), p.start()));
    return NOMINAL_BEFORE.matcher(before).find();
  }

  private static Period since(String startYear, String pubDate) {
    if (startYear == null && pubDate == null) {
      return null;
    }
    return new Period(startYear, pubDate);
  }

  private static Period months(String count, String y) {
    int n = Integer.parseInt(count);
    if (y == null || n < 1 || n > 12) {
      return null;
    }
    return new Period(y + "-01", y + "-" + two(String.valueOf(n)));
  }

  private static Period untilDay(Matcher m, String pubYear) {
    String y = m.group(3) != null ? m.group(3) : pubYear;
    return y == null ? null : new Period(null, y + "-" + two(m.group(2)) + "-" + two(m.group(1)));
  }

  private static Period quarter(String roman, String y) {
    int q = switch (roman) {
      case "i" -> 1;
      case "ii" -> 2;
      case "iii" -> 3;
      default -> 4;
    };
    return new Period(y + "-" + two(String.valueOf(3 * q - 2)), y + "-" + two(String.valueOf(3 * q)));
  }

  private static String quarterEnd(String roman, String y) {
    return switch (roman) {
      case "i" -> y + "-03-31";
      case "ii" -> y + "-06-30";
      case "iii" -> y + "-09-30";
      default -> y + "-12-31";
    };
  }

  private static String two(String n) {
    return n.length() == 1 ? "0" + n : n;
  }
}
