package org.canbo.extract.figure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides a candidate's category from the vocabulary around it: a sentence-wide cue for non-local
 * leaders, else the nearest cue in its clause (before the number, or after its noun up to the next
 * number), else a stock count's noun ("huyện hiện có 143 công chức" → staffing), else the figure
 * before it in the sentence or the two previous sentences, else the noun's default.
 */
final class CategoryResolver {
  private static final Pattern STOCK_BEFORE = Pattern.compile(
      "(?:đảng bộ|huyện|tỉnh|thị xã|thành phố|quận|toàn \\p{L}+(?: \\p{L}+)?)(?: \\p{L}+){0,3}"
          + "\\s+(?:hiện\\s+)?có\\s*$|hiện có\\s*$");
  /** "Ban Chấp hành ... gồm 49 đồng chí": the size of a committee is staffing. */
  private static final Pattern COMMITTEE_SIZE = Pattern.compile(
      "(?:ban chấp hành|ban thường vụ|bch|btv|cấp ủy)[^.;]{0,80}(?<!\\p{L})gồm\\s*$");
  private static final Set<String> PARTY_UNITS = Set.of("đảng viên", "đv");
  private static final Set<String> ORG_HEADS =
      Set.of("tổ chức", "chi bộ", "đảng bộ", "cơ sở", "tccsđ", "lớp", "địa phương");

  private final Vocabulary vocabulary;

  CategoryResolver(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The category, or empty when only context inheritance can decide. */
  Optional<String> fromText(String norm, Candidate c, Clause clause, int nextNumberStart) {
    if (!vocabulary.find("STRONG", norm, c.sentence().start(), c.sentence().end()).isEmpty()) {
      return Optional.of("nonlocal_leader");
    }
    int q = c.number().qualifierStart();
    int committeeFrom = Math.max(clause.start(), q - 120);
    if (Literals.endsWithAny(norm, committeeFrom, q, "gồm")
        && COMMITTEE_SIZE.matcher(norm.substring(committeeFrom, q)).find()) {
      return Optional.of("staffing");
    }
    List<Cue> cues = vocabulary.find("CAT", norm, clause.start(), clause.end());
    Cue before = null;
    Cue after = null;
    for (Cue cue : cues) {
      if (cue.end() <= c.number().qualifierStart()) {
        before = cue;
      } else if (after == null && cue.start() >= c.tailEnd() && cue.start() < nextNumberStart) {
        after = cue;
      }
    }
    if (after == null && before != null && isStock(norm, clause, c)) {
      before = null;
    }
    if (before == null && after == null) {
      return isStock(norm, clause, c) ? Optional.of(unitDefault(c)) : Optional.empty();
    }
    if (before == null) {
      return Optional.of(after.value());
    }
    if (after == null) {
      return Optional.of(before.value());
    }
    int db = c.number().qualifierStart() - before.end();
    int da = after.start() - c.tailEnd();
    return Optional.of(da < db ? after.value() : before.value());
  }

  private static boolean isStock(String norm, Clause clause, Candidate c) {
    if (!c.isCount() || c.unit() == null) {
      return false;
    }
    int from = Math.max(clause.start(), c.number().qualifierStart() - 60);
    // both alternatives end in "có\\s*$": the regex runs only where the window does
    return Literals.endsWithAny(norm, from, c.number().qualifierStart(), "có")
        && STOCK_BEFORE.matcher(norm.substring(from, c.number().qualifierStart())).find();
  }

  /** The category a noun implies when nothing else says: members, organisations, staff. */
  static String unitDefault(Candidate c) {
    String unit = c.unit();
    if (unit == null) {
      return "other";
    }
    String head = unit.startsWith("lượt ") ? unit.substring(5) : unit;
    if (PARTY_UNITS.contains(head)) {
      return "party_membership";
    }
    return isOrganisation(unit) ? "other" : "staffing";
  }

  /** True for nouns that count organisations ("tổ chức đảng", "chi bộ") rather than people. */
  static boolean isOrganisation(String unit) {
    if (unit == null) {
      return false;
    }
    String head = unit.startsWith("lượt ") ? unit.substring(5) : unit;
    return ORG_HEADS.stream().anyMatch(head::startsWith);
  }

  /** The subcategory: nearest cue around the number, rotation directions included. */
  String subcategory(String text, String norm, Candidate c, String category, Window w) {
    switch (category) {
      case "discipline":
        // Forms precede their count ("khiển trách 33 trường hợp"), else follow it ("bị khiển trách").
        return firstOf(
            nearest(norm, c, new Window(w.start(), c.number().qualifierStart()), DISCIPLINE),
            nearest(norm, c, new Window(c.tailEnd(), phraseEnd(text, c.tailEnd(), w.end())),
                DISCIPLINE));
      case "qualification":
        // The level a count "có trình độ ..." has follows it; a percentage's comes before.
        Window phrase = new Window(c.tailEnd(), phraseEnd(text, c.tailEnd(), w.end()));
        Cue after = nearestCue(norm, c, phrase, QUALIFICATION);
        return after != null ? emptyToNull(after.value())
            : nearest(norm, c, new Window(c.sentence().start(), c.number().qualifierStart()),
                QUALIFICATION);
      case "rotation":
        String dir = RotationDirection.find(norm, c, w);
        return dir != null ? dir : nearest(norm, c, w, Set.of("dọc"));
      default:
        return null;
    }
  }

  private static final Set<String> DISCIPLINE = Set.of("khiển trách", "cảnh cáo", "cách chức", "khai trừ");
  private static final Set<String> QUALIFICATION = Set.of("chuyên môn", "lý luận chính trị", "");

  private static String firstOf(String a, String b) {
    return a != null ? a : b;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** End of the phrase after a figure: the next comma, semicolon or parenthesis. */
  private static int phraseEnd(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      boolean decimalComma = ch == ',' && i + 1 < to && Character.isDigit(text.charAt(i + 1));
      if ((ch == ',' && !decimalComma) || ch == ';' || ch == '(' || ch == ')') {
        return i;
      }
    }
    return to;
  }

  private String nearest(String norm, Candidate c, Window w, Set<String> allowed) {
    Cue best = nearestCue(norm, c, w, allowed);
    return best == null ? null : emptyToNull(best.value());
  }

  private Cue nearestCue(String norm, Candidate c, Window w, Set<String> allowed) {
    Cue best = null;
    int bestDistance = Integer.MAX_VALUE;
    if (w.end() <= w.start()) {
      return null;
    }
    for (Cue cue : vocabulary.find("SUB", norm, w.start(), w.end())) {
      if (!allowed.contains(cue.value())) {
        continue;
      }
      int d = cue.end() <= c.number().qualifierStart()
          ? c.number().qualifierStart() - cue.end()
          : cue.start() - c.tailEnd();
      if (d >= 0 && d < bestDistance) {
        best = cue;
        bestDistance = d;
      }
    }
    return best;
  }

  /** A clause of a sentence: the stretch between semicolons. */
  record Clause(int start, int end) {}

  /** The stretch a subcategory cue may come from: between the neighbouring figures. */
  record Window(int start, int end) {}
}
