package org.canbo.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level rules for the page furniture that scraped news pages carry around the article
 * (menus, "Tin liên quan", view counters, share buttons), as listed in DOMAIN.md.
 */
final class Boilerplate {
  /** Whole lines that are navigation or widgets, compared lower-cased with canonical tone marks. */
  private static final Set<String> LINES =
      Set.of(
          "tin liên quan", "đọc thêm", "tin khác", "tin cùng chuyên mục", "các tin khác",
          "các tin bài khác", "bài liên quan", "xem thêm", "top", "back to top", "về đầu trang",
          "lên đầu trang", "in bài viết", "in bài", "bình luận", "gửi bình luận", "gửi bình luận của bạn",
          "ý kiến bạn đọc", "chia sẻ", "chia sẻ bài viết", "advertisement", "quảng cáo",
          "nhận bản tin", "liên hệ quảng cáo", "trở về trang trước", "< trở về trang trước",
          "ảnh minh họa", "ảnh minh hoạ", "video", "infographic", "emagazine", "podcast",
          "truyền hình", "tin mới", "tin nổi bật", "xem nhiều", "đọc nhiều", "tags", "tag");

  /** Short lines opening with a widget heading ("Tin mới ...", "Chủ đề ..."). */
  private static final Pattern WIDGET_PREFIX =
      Pattern.compile(
          "^(tin mới|tin nổi bật|chủ đề|từ khóa|từ khoá|tags?|xem thêm|đọc thêm|tin liên quan|"
              + "các tin bài khác|cỡ chữ)([\\s:].*)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Menu vocabulary: a line made only of these words is a site menu. */
  private static final Pattern MENU_ONLY =
      Pattern.compile(
          "^((emagazine|e-magazine|truyền hình|podcast|video|infographic|multimedia|ảnh|"
              + "longform|megastory|tin mới|thời sự|xã hội|kinh tế|chính trị|văn hóa|thể thao|"
              + "pháp luật|giáo dục|sức khỏe|quốc tế)\\s*[|/·•-]?\\s*)+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Widgets glued to the end of a real line, e.g. after the dateline. */
  private static final Pattern TRAILING_WIDGET =
      Pattern.compile(
          "(?:^|\\s)[|·-]?\\s*(((lượt xem|lượt đọc|lượt truy cập|view count|views?)\\s*:?\\s*[\\d.,]+)"
              + "|in bài viết|in bài|cỡ chữ:?( a[+-])*)\\s*[|·]?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern NO_LETTER_OR_DIGIT = Pattern.compile("^[^\\p{L}\\p{N}]*$");
  /** Widget headings are short; a long line starting "Chủ đề" is content. */
  private static final int MAX_WIDGET_WORDS = 8;

  private Boilerplate() {}

  /** Removes widgets glued to the end of a line, repeatedly ("... Lượt xem: 8658 In bài viết"). */
  static String stripTrailingWidgets(String line) {
    String s = line;
    while (!s.isEmpty() && mayEndInWidget(s)) {
      Matcher m = TRAILING_WIDGET.matcher(s);
      if (!m.find()) {
        break;
      }
      s = s.substring(0, m.start()).strip();
    }
    return s;
  }

  /**
   * False when {@link #TRAILING_WIDGET} cannot match: each of its alternatives is one of these
   * words followed, up to the end of the line, only by {@link #mayTrailWidget} chars (a count,
   * separators, "A+ A-"). The words are compared as its case-insensitive matching compares them
   * ({@link String#regionMatches(boolean, int, String, int, int)} accepts every pair of chars it
   * does), and only where they end before such a tail: searching whole paragraphs was costly.
   */
  private static boolean mayEndInWidget(String s) {
    int tail = s.length();
    while (tail > 0 && mayTrailWidget(s.charAt(tail - 1))) {
      tail--;
    }
    for (int end = tail; end <= s.length(); end++) {
      for (String word : WIDGET_WORDS) {
        int start = end - word.length();
        if (start >= 0 && s.regionMatches(true, start, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The chars {@link #TRAILING_WIDGET} can match after its words (white space, ":", digits,
   * ".", ",", "|", "·", "a"/"A", "+", "-"), and line terminators, before which its {@code $}
   * matches too.
   */
  private static boolean mayTrailWidget(char c) {
    return Character.isWhitespace(c) || (c >= '0' && c <= '9') || ":.,|·+-".indexOf(c) >= 0
        || Character.toLowerCase(Character.toUpperCase(c)) == 'a'
        || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Each alternative of {@link #TRAILING_WIDGET} up to where only {@link #mayTrailWidget} chars follow. */
  private static final List<String> WIDGET_WORDS = List.of("lượt xem", "lượt đọc", "lượt truy cập",
      "view count", "view", "views", "in bài viết", "in bài", "cỡ chữ");

  /** True when the whole (normalised, non-empty) line is page furniture. */
  static boolean isBoilerplate(String line) {
    if (NO_LETTER_OR_DIGIT.matcher(line).matches()) {
      return true;
    }
    if (isProse(line)) {
      return false;
    }
    String key = ToneMarks.canonical(line).toLowerCase(Locale.ROOT).replaceAll("[:.]$", "").strip();
    if (LINES.contains(key) || MENU_ONLY.matcher(key).matches()) {
      return true;
    }
    return key.split(" ").length <= MAX_WIDGET_WORDS && WIDGET_PREFIX.matcher(key).matches();
  }

  /**
   * A line no rule below can match, told without building its key: more words than a widget
   * heading or a listed line has (the key loses at most its last word), and a digit or
   * punctuation before its last char, which a menu line never has (the key drops a final
   * {@code :} or {@code .}; canonical tone marks and lower case keep the others).
   */
  private static boolean isProse(String line) {
    int spaces = 0;
    boolean punctuation = false;
    int last = line.length() - 1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        spaces++;
      } else if (!punctuation && i < last && (isDigit(c) || ",.:;()\"?!".indexOf(c) >= 0)) {
        punctuation = true;
      }
      if (punctuation && spaces > MAX_WIDGET_WORDS) {
        return true; // both can only stay true: the rest of a paragraph need not be read
      }
    }
    return false;
  }

  /**
   * {@link Character#isDigit(char)} without its table look-up for the chars of Vietnamese text:
   * no decimal digit lies between '9' and U+0660 (the first Arabic-Indic one) or among the
   * toned letters U+1E00-U+1EFF.
   */
  static boolean isDigit(char c) {
    if (c <= '9') {
      return c >= '0';
    }
    return c >= '\u0660' && (c < '\u1E00' || c > '\u1EFF') && Character.isDigit(c);
  }
}
