package org.canbo.ingest.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date of an article: a dateline ("Thứ Năm, 30/05/2019, 07:35",
 * "27/07/2023 6:26 PM", "Ngày đăng: 10/01/2016"), else a "nay (6/10)" in the lead, which has no
 * year and so gives {@code --MM-DD}. Dates inside sentences (cited documents) are not datelines.
 */
public final class DatelineParser {
  private static final String DMY_NUM = "(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*((?:19|20)\\d{2})";
  private static final String DMY_WORDS =
      "(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2}),?\\s+(?:năm\\s+)?((?:19|20)\\d{2})";
  private static final Pattern DATE =
      Pattern.compile("(?<![\\d/.-])(?:" + DMY_NUM + "|" + DMY_WORDS + ")(?![\\d/])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Marker some corpora prepend to the first line: "date 2023-12 ...". */
  private static final Pattern ISO_MARKER =
      Pattern.compile("^date\\s+((?:19|20)\\d{2}-\\d{2}(?:-\\d{2})?)\\b\\s*");
  private static final Pattern ISO =
      Pattern.compile("^((?:19|20)\\d{2})-(\\d{2})(?:-(\\d{2}))?(?:[T ].*)?$");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(thứ\\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\\s+nhật|cn)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern LABEL =
      Pattern.compile("(ngày đăng|đăng ngày|ngày cập nhật|cập nhật|ngày xuất bản|xuất bản|publish(ed)? date|"
              + "posted|thời gian đăng|ngày)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Optional separator then a time of day, right after a date. */
  private static final Pattern TIME_AFTER =
      Pattern.compile("[\\s,|-]*\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?");
  /** A site header showing today's date, not the article's. */
  private static final Pattern TODAY_HEADER =
      Pattern.compile("^hôm nay\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "sáng nay (6/10)", "hôm nay (6/10)": the lead dates the event on the publication day. */
  private static final Pattern LEAD_TODAY =
      Pattern.compile("\\b(?:hôm|sáng|chiều|trưa|tối|đêm)\\s+nay\\s*\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*\\)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
  /** A line this short around a date is a dateline or a byline with date ("Lệ Thu 14/08/2022"). */
  private static final int SHORT_LINE_WORDS = 4;

  /** A dateline found on one line: its index, ISO date and the span of the date-and-time text. */
  public record Dateline(int line, String iso, int start, int end) {}

  /** The first dateline among the lines, if any. */
  public Optional<Dateline> find(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Optional<Dateline> d = parseLine(i, lines.get(i));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The dateline on this line, when the line is one (not a date cited inside a sentence). */
  public Optional<Dateline> parseLine(int index, String line) {
    Matcher marker = ISO_MARKER.matcher(line);
    if (marker.find()) {
      return Optional.of(new Dateline(index, marker.group(1), 0, marker.end()));
    }
    if (TODAY_HEADER.matcher(line).find() || !hasYear(line)) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(line);
    while (m.find()) {
      Optional<String> iso = iso(m);
      if (iso.isPresent() && isDateline(line, m.start(), m.end())) {
        int end = timeEnd(line, m.end());
        return Optional.of(new Dateline(index, iso.get(), m.start(), end));
      }
    }
    return Optional.empty();
  }

  /** Interprets a document property (ISO or Tika date, or free text with a date). */
  public Optional<String> parseProperty(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(value.strip());
    if (iso.matches()) {
      String ym = iso.group(1) + "-" + iso.group(2);
      return Optional.of(iso.group(3) == null ? ym : ym + "-" + iso.group(3));
    }
    Matcher m = DATE.matcher(value);
    return m.find() ? iso(m) : Optional.empty();
  }

  /** "--MM-DD" from "sáng nay (6/10)" in the lead; never a guessed year. */
  public Optional<String> findLeadToday(List<String> lead) {
    for (String line : lead) {
      if (line.indexOf('(') < 0 || line.indexOf('/') < 0) {
        continue; // the pattern's "(6/10)" cannot be there
      }
      Matcher m = LEAD_TODAY.matcher(line);
      if (m.find()) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (valid(day, month)) {
          return Optional.of(String.format("--%02d-%02d", month, day));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code line} holds "19" or "20" and two more digits: every {@link #DATE} has its year. */
  private static boolean hasYear(String line) {
    for (int i = line.indexOf('9'); i >= 0; i = line.indexOf('9', i + 1)) {
      if (i > 0 && line.charAt(i - 1) == '1' && twoDigitsAt(line, i + 1)) {
        return true;
      }
    }
    for (int i = line.indexOf('0'); i >= 0; i = line.indexOf('0', i + 1)) {
      if (i > 0 && line.charAt(i - 1) == '2' && twoDigitsAt(line, i + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean twoDigitsAt(String s, int i) {
    return i + 1 < s.length() && isAsciiDigit(s.charAt(i)) && isAsciiDigit(s.charAt(i + 1));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDateline(String line, int start, int end) {
    String before = line.substring(0, start);
    String after = line.substring(end).strip();
    boolean weekday = WEEKDAY.matcher(before).find();
    String residue = LABEL.matcher(WEEKDAY.matcher(TIME.matcher(before).replaceAll(" ")).replaceAll(" "))
        .replaceAll(" ");
    int wordsBefore = words(residue);
    if (wordsBefore == 0) {
      // "Ngày 8/5/2020, Trung tâm ..." opens a sentence about an event: not a dateline.
      boolean sentence = after.startsWith(",") && !weekday
          && !TIME_AFTER.matcher(after).lookingAt() && words(after) > SHORT_LINE_WORDS;
      return !sentence;
    }
    if (TIME_AFTER.matcher(after).lookingAt()) {
      return wordsBefore <= SHORT_LINE_WORDS;
    }
    return wordsBefore + words(after) <= SHORT_LINE_WORDS;
  }

  private static int timeEnd(String line, int from) {
    Matcher t = TIME_AFTER.matcher(line).region(from, line.length());
    return t.lookingAt() ? t.end() : from;
  }

  private static Optional<String> iso(Matcher m) {
    boolean numeric = m.group(1) != null;
    int day = Integer.parseInt(numeric ? m.group(1) : m.group(5));
    int month = Integer.parseInt(numeric ? m.group(3) : m.group(6));
    String year = numeric ? m.group(4) : m.group(7);
    if (!valid(day, month)) {
      return Optional.empty();
    }
    return Optional.of(year + "-" + twoDigits(month) + "-" + twoDigits(day));
  }

  /** {@code n} (1 to 31) as {@code %02d} prints it, without a Formatter per date. */
  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static boolean valid(int day, int month) {
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }

  private static int words(String s) {
    int n = 0;
    Matcher w = WORD.matcher(s);
    while (w.find()) {
      n++;
    }
    return n;
  }
}
