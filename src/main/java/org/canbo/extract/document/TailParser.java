package org.canbo.extract.document;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses what follows a document word, element by element: number or symbol ("số 02 - QĐ/HU"),
 * date ("ngày 11/9/2013"), issuer ("của Ban Chấp hành Đảng bộ tỉnh"), plenum ("Trung ương 4",
 * "TW 3", "Hội nghị lần thứ tư Ban Chấp hành Trung ương") and term ("(khóa XII)", "khóa XI, XII").
 */
final class TailParser {
  private static final String SYMBOL = "(?<num>\\d{1,4}[a-z]?)(?<sym>\\s*" + DocumentKeys.DASH
      + "\\s*\\p{Lu}[\\p{L}]*(?:\\s*/\\s*\\p{Lu}[\\p{L}\\d]*)+|(?:\\s*/\\s*\\d{4})?\\s*/\\s*\\p{Lu}[\\p{L}]*(?:\\s*"
      + DocumentKeys.DASH + "\\s*\\p{Lu}[\\p{L}\\d]*)+)?(?![\\p{L}\\d])";
  private static final Pattern NUMBER = Pattern.compile("(?<so>(?iu:số)\\s*)?" + SYMBOL);
  private static final Pattern MORE_NUMBER = Pattern.compile("(?:\\s*,\\s*|\\s+và\\s+)(?:số\\s*)?" + SYMBOL);
  private static final Pattern DATE = Pattern.compile(
      "(?iu:ngày)\\s+(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?!\\d)"
          + "|(?iu:ngày)\\s+(\\d{1,2})\\s+(?iu:tháng)\\s+(\\d{1,2})\\s+(?iu:năm)\\s+(\\d{4})(?!\\d)");
  static final String ORDINAL =
      "mười một|mười hai|mười ba|mười bốn|mười lăm|mười|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín";
  private static final List<String> ORDINALS = List.of("", "nhất", "hai", "ba", "tư", "năm", "sáu",
      "bảy", "tám", "chín", "mười", "mười một", "mười hai", "mười ba", "mười bốn", "mười lăm");
  private static final Pattern PLENUM = Pattern.compile("(?iu:(?:Hội nghị\\s+)?(?:Ban Chấp hành\\s+)?"
      + "(?:Trung ương|TW|T\\.Ư|TƯ)(?:\\s+Đảng)?\\s*(?:lần\\s+thứ\\s+(?<w>" + ORDINAL + "|\\d{1,2})"
      + "|(?<n>\\d{1,2}))(?![\\p{L}\\d]|[/.,]\\d)"
      + "|Hội nghị\\s+(?:lần\\s+)?thứ\\s+(?<w2>" + ORDINAL + "|\\d{1,2})\\s+(?:của\\s+)?"
      + "(?:Ban Chấp hành|BCH)\\s+Trung ương(?:\\s+Đảng)?)");
  /** "Nghị quyết hội nghị", "nghị quyết của Hội nghị": no name follows, so one named before. */
  private static final Pattern CONFERENCE = Pattern.compile(
      "(?:(?iu:của)\\s+)?[Hh]ội nghị(?![\\p{L}\\d])(?!\\s*(?:\\p{Lu}|\\d|(?iu:lần|thứ)(?![\\p{L}])))");
  private static final Pattern OF = Pattern.compile("\\s*,?\\s*(?iu:của)\\s+");
  private static final Pattern PARTY = Pattern.compile("Đảng(?![\\p{L}])(?!\\s+(?:bộ|ủy))");
  private static final Pattern GAP = Pattern.compile("[\\s,]*");
  /** A number or symbol is printed on the line of its document word ("vượt kế hoạch⏎21:39" is not). */
  private static final Pattern SAME_LINE_GAP = Pattern.compile("[ \\t\\u00A0]*");
  private static final Pattern FOLLOW_OK = Pattern.compile(
      "\\s*(?:$|[,;.:)(\"“”]|(?iu:của|ngày|về|và|đề|đã|được|đến|trong|nêu|này|của)(?![\\p{L}]))");
  private static final int MAX_ELEMENTS = 6;
  /** Used per mention, so compiled once (String.split and replaceAll compile on every call). */
  private static final Pattern MORE_TERMS = Pattern.compile("\\s*(?:,|và)\\s*(?:(?iu:khóa)\\s+)?");
  private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

  private final Pattern counted;
  private final Pattern qualifier;

  /**
   * {@code countWords} make a bare number a quantity ("kế hoạch 5 năm"); {@code qualifiers} may stand
   * between a document word and its number ("Nghị quyết chuyên đề số 05").
   */
  TailParser(List<String> countWords, List<String> qualifiers) {
    this.counted = Pattern.compile("\\s*" + alternatives(countWords) + "(?![\\p{L}])");
    this.qualifier = Pattern.compile("\\s+" + alternatives(qualifiers) + "(?=\\s+(?:số\\s*)?\\d)");
  }

  private static String alternatives(List<String> words) {
    return "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
  }

  /** The last plenum named in [from, to) ("Hội nghị Trung ương 6 ... Nghị quyết hội nghị"), or null. */
  static String lastPlenum(String canonical, int from, int to) {
    Matcher m = PLENUM.matcher(canonical).region(from, to);
    String last = null;
    while (m.find()) {
      last = plenum(m);
    }
    return last;
  }

  /** Parses from {@code from} (just after the document word); {@code lowerCase} is stricter on numbers. */
  Tail parse(String canonical, String text, int from, IssuerFinder issuers, boolean lowerCase) {
    Matcher q = qualifier.matcher(canonical).region(from, canonical.length());
    Tail tail = new Tail(q.lookingAt() ? q.end() : from);
    number(canonical, text, tail.end, tail, lowerCase);
    boolean first = true;
    for (int i = 0; i < MAX_ELEMENTS; i++) {
      Matcher gap = GAP.matcher(canonical).region(tail.end, canonical.length());
      gap.lookingAt();
      int p = gap.end();
      boolean adjacent = !canonical.substring(tail.end, p).contains(",");
      if (!element(canonical, p, tail, issuers, first && adjacent && !tail.hasNumber())) {
        break;
      }
      first = false;
    }
    return tail;
  }

  private boolean element(String canonical, int p, Tail tail, IssuerFinder issuers, boolean direct) {
    Matcher m = DATE.matcher(canonical).region(p, canonical.length());
    if (tail.date == null && m.lookingAt()) {
      tail.date = isoDate(m);
      tail.end = m.end();
      return tail.date != null;
    }
    if (tail.plenum == null && (m = PLENUM.matcher(canonical).region(p, canonical.length())).lookingAt()) {
      tail.plenum = plenum(m);
      tail.end = m.end();
      return true;
    }
    if (tail.plenum == null && !tail.conference && tail.issuer == null
        && (m = CONFERENCE.matcher(canonical).region(p, canonical.length())).lookingAt()) {
      tail.conference = true;
      tail.end = m.end();
      return true;
    }
    if (tail.terms.isEmpty() && (m = IssuerFinder.TERM.matcher(canonical).region(p, canonical.length())).lookingAt()) {
      tail.terms.add("khóa " + m.group("first"));
      for (String more : MORE_TERMS.split(m.group("more"))) {
        if (!more.isBlank()) {
          tail.terms.add("khóa " + more.strip());
        }
      }
      tail.end = m.end();
      return true;
    }
    Matcher of = OF.matcher(canonical).region(tail.end, canonical.length());
    int at = of.lookingAt() ? of.end() : direct ? p : -1;
    if (tail.issuer == null && at >= 0) {
      // "của Hội nghị lần thứ bảy Ban Chấp hành Trung ương": a plenum before any other meeting.
      if (of.lookingAt() && (m = PLENUM.matcher(canonical).region(at, canonical.length())).lookingAt()
          && tail.plenum == null) {
        tail.plenum = plenum(m);
        tail.end = m.end();
        return true;
      }
      Issuer issuer = issuers.at(canonical, at);
      if (issuer != null) {
        tail.issuer = issuer;
        tail.end = issuer.end();
        if (issuer.term() != null && tail.terms.isEmpty()) {
          tail.terms.add(issuer.term());
        }
        return true;
      }
      if (of.lookingAt() && PARTY.matcher(canonical).region(at, canonical.length()).lookingAt()) {
        tail.partyAsIssuer = true;
      }
    }
    return false;
  }

  private void number(String canonical, String text, int from, Tail tail, boolean lowerCase) {
    Matcher gap = SAME_LINE_GAP.matcher(canonical).region(from, canonical.length());
    gap.lookingAt();
    Matcher m = NUMBER.matcher(canonical).region(gap.end(), canonical.length());
    if (!m.lookingAt()) {
      return;
    }
    boolean marked = m.group("so") != null || m.group("sym") != null;
    if (!marked && !plausibleBareNumber(canonical, m, lowerCase)) {
      return;
    }
    tail.numberForm = m.group("sym") != null ? Evidence.SYMBOL
        : marked ? Evidence.MARKED_NUMBER : Evidence.BARE_NUMBER;
    tail.numbers.add(text.substring(m.start("num"), m.end()).strip());
    tail.end = m.end();
    Matcher more = MORE_NUMBER.matcher(canonical);
    while (m.group("sym") != null && more.region(tail.end, canonical.length()).lookingAt()
        && more.group("sym") != null) {
      tail.numbers.add(text.substring(more.start("num"), more.end()).strip());
      tail.end = more.end();
    }
  }

  /** "Nghị quyết 67", not "kế hoạch 5 năm", "Kế hoạch 2023", "Nghị quyết 11/9" or "21:39". */
  private boolean plausibleBareNumber(String canonical, Matcher m, boolean lowerCase) {
    String num = m.group("num");
    int value = Integer.parseInt(NOT_DIGIT.matcher(num).replaceAll(""));
    if (num.length() == 4 && value >= 1900 && value <= 2100) {
      return false;
    }
    int end = m.end();
    if (end < canonical.length() && "/.,:".indexOf(canonical.charAt(end)) >= 0
        && end + 1 < canonical.length() && Character.isDigit(canonical.charAt(end + 1))) {
      return false;
    }
    if (counted.matcher(canonical).region(end, canonical.length()).lookingAt()) {
      return false;
    }
    return !lowerCase || FOLLOW_OK.matcher(canonical).region(end, canonical.length()).lookingAt();
  }

  private static String plenum(Matcher m) {
    String n = m.group("n") != null ? m.group("n") : m.group("w") != null ? m.group("w") : m.group("w2");
    return "Trung ương " + ordinalNumber(n);
  }

  /** "tư" → "4", "mười một" → "11", digits as they are; an unknown word unchanged. */
  static String ordinalNumber(String word) {
    String n = DocumentVocabulary.SPACES.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(" ");
    int k = n.equals("bốn") ? 4 : ORDINALS.indexOf(n);
    return k > 0 ? Integer.toString(k) : n;
  }

  private static String isoDate(Matcher m) {
    boolean slash = m.group(1) != null;
    int day = Integer.parseInt(slash ? m.group(1) : m.group(5));
    int month = Integer.parseInt(slash ? m.group(3) : m.group(6));
    int year = Integer.parseInt(slash ? m.group(4) : m.group(7));
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return null;
    }
    // what String.format("%04d-%02d-%02d") gives for these non-negative values, without a Formatter
    return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
  }

  private static String padded(int value, int width) {
    String s = Integer.toString(value);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
