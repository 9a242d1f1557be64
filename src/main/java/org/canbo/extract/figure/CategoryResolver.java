package org.canbo.extract.figure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.canbo.text.Literals;

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
  /** "Ban Chấp hành ... gồm 49 đồng chí": the size of a committee, elected or planned. */
  private static final Pattern COMMITTEE_SIZE = Pattern.compile(
      "(?:ban chấp hành|ban thường vụ|bch|btv|cấp ủy|cấp uỷ|ủy ban kiểm tra|uỷ ban kiểm tra|ubkt"
          + "|đoàn đại biểu|thường trực)[^.;]{0,80}(?<!\\p{L})gồm\\s*$");
  private static final Set<String> PARTY_UNITS = Set.of("đảng viên", "đv", "quần chúng");
  private static final Set<String> ORG_HEADS =
      Set.of("tổ chức", "chi bộ", "đảng bộ", "cơ sở", "tccsđ", "địa phương", "tập thể", "đơn vị",
          "cơ quan", "chi-", "chi -");

  private final Vocabulary vocabulary;

  CategoryResolver(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Whether a sentence speaks of personnel: a category cue or a listed noun for people or bodies. */
  boolean isPersonnel(DocumentCues cues, org.canbo.nlp.sentence.Sentence s) {
    return cues.any("CAT", s.start(), s.end())
        || cues.any("STRONG", s.start(), s.end())
        || cues.find("UNIT", s.start(), s.end()).stream()
            .anyMatch(u -> !UnitClass.parse(u.value()).excluded()
                && UnitClass.parse(u.value()) != UnitClass.PLACE);
  }

  /**
   * The category the text around the number gives, or empty when only inheritance or the noun can
   * decide: a sentence about non-local leaders; a committee size ("Ban Thường vụ gồm 15 đồng
   * chí"), elected unless planned; a list of actions before the number containing rotation
   * ("điều động, luân chuyển, bổ nhiệm ... 244 lượt cán bộ"); else the nearest cue of the clause,
   * before the number or after its noun up to the next number.
   */
  Optional<String> fromText(DocumentCues doc, Candidate c, Clause clause, int nextNumberStart) {
    String norm = doc.norm();
    if (doc.any("STRONG", c.sentence().start(), c.sentence().end())) {
      return Optional.of("nonlocal_leader");
    }
    int q = c.number().qualifierStart();
    int committeeFrom = Math.max(clause.start(), q - 120);
    if (Literals.endsWithAny(norm, committeeFrom, q, "gồm")
        && COMMITTEE_SIZE.matcher(norm.substring(committeeFrom, q)).find()) {
      return Optional.of(isPlanned(doc, c) ? "staffing" : "nomination");
    }
    List<Cue> cues = doc.find("CAT", clause.start(), clause.end());
    Cue before = null;
    Cue after = null;
    int beforeIndex = -1;
    for (int i = 0; i < cues.size(); i++) {
      Cue cue = cues.get(i);
      if (cue.end() <= q) {
        before = cue;
        beforeIndex = i;
      } else if (after == null && cue.start() >= c.tailEnd() && cue.start() < nextNumberStart) {
        after = cue;
      }
    }
    if (after == null && before != null && isStock(norm, clause, c)) {
      before = null;
    }
    if (before != null && listsRotation(norm, cues, beforeIndex)) {
      return Optional.of("rotation");
    }
    if (after != null && before != null && phraseBreak(norm, c.tailEnd(), after.start())) {
      after = null; // "đối với 8 đảng viên, xoá tên ... 35 đảng viên": the cue opens the next item
    }
    if (before == null && after == null) {
      // the clause's one predicate, after all its numbers: "937/2.071 người (...), chiếm 45,24%
      // cán bộ ... được điều chuyển"
      for (Cue cue : cues) {
        if (cue.start() >= c.tailEnd()) {
          if (!NEW_ITEM.matcher(norm).region(c.tailEnd(), cue.start()).find()) {
            after = cue;
          }
          break;
        }
      }
    }
    if (before == null && after == null) {
      return Optional.empty();
    }
    if (before == null) {
      return Optional.of(after.value());
    }
    if (after == null) {
      return Optional.of(before.value());
    }
    int db = q - before.end();
    int da = after.start() - c.tailEnd();
    return Optional.of(da < db ? after.value() : before.value());
  }

  /** A number coordinated after this one ("..., và hơn 70% ..."): an item of its own. */
  private static final Pattern NEW_ITEM =
      Pattern.compile("(?:,|(?<!\\p{L})và)\\s*(?:hơn |gần |khoảng |trên )?\\d");

  /** Whether a comma or semicolon (not a decimal comma) stands in {@code norm[from, to)}. */
  private static boolean phraseBreak(String norm, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = norm.charAt(i);
      if (ch == ';' || ch == ',' && !(i + 1 < to && Character.isDigit(norm.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** A sentence that plans a size rather than reports an election: "dự kiến", "số lượng", "sẽ". */
  boolean isPlanned(DocumentCues cues, Candidate c) {
    return cues.any("PLANNED", c.sentence().start(), c.number().qualifierStart());
  }

  /**
   * Whether the cue before the number closes a list of actions ("điều động, luân chuyển, bổ
   * nhiệm, bổ nhiệm lại và giới thiệu ứng cử") that contains rotation: the schema files such a
   * joint count under rotation.
   */
  private static boolean listsRotation(String norm, List<Cue> cues, int last) {
    boolean rotation = false;
    for (int i = last; i >= 0; i--) {
      rotation |= "rotation".equals(cues.get(i).value());
      if (i == 0 || !LIST_JOINER.matcher(norm.substring(cues.get(i - 1).end(), cues.get(i).start()))
          .matches()) {
        break;
      }
    }
    return rotation && !"rotation".equals(cues.get(last).value());
  }

  /** What joins two actions in a list: a comma, "và", "hoặc", with "cán bộ" or "lại" at most. */
  private static final Pattern LIST_JOINER =
      Pattern.compile("^\\s*(?:,|và|hoặc|,\\s*và)?\\s*$");

  /**
   * The noun a percentage is about when it has no cue: the last listed noun for people before it
   * in its clause ("đảng viên dân tộc thiểu số chiếm 1,32%"), as a candidate carrying that noun.
   */
  Optional<Candidate> subjectOf(DocumentCues cues, Candidate c, Clause clause) {
    String norm = cues.norm();
    Cue last = null;
    for (Cue u : cues.find("UNIT", clause.start(), c.number().qualifierStart())) {
      UnitClass type = UnitClass.parse(u.value());
      if (!type.excluded() && type != UnitClass.PLACE) {
        last = u;
      }
    }
    if (last == null) {
      return Optional.empty();
    }
    String noun = norm.substring(last.start(), last.end());
    return Optional.of(new Candidate(c.number(), c.sentence(), last.start(), last.end(), noun,
        UnitClass.parse(last.value()), false));
  }

  boolean isStock(String norm, Clause clause, Candidate c) {
    if (!c.isCount() || c.unit() == null) {
      return false;
    }
    int from = Math.max(clause.start(), c.number().qualifierStart() - 60);
    // both alternatives end in "có\\s*$": the regex runs only where the window does
    return Literals.endsWithAny(norm, from, c.number().qualifierStart(), "có")
        && STOCK_BEFORE.matcher(norm.substring(from, c.number().qualifierStart())).find();
  }

  /**
   * The category a noun implies when nothing else says: party members and the masses admitted
   * from → party_membership; trainees and classes → training; degrees → qualification; delegates,
   * committee members and candidates → nomination in an article about elections or congresses,
   * else staffing; votes → evaluation in a confidence vote; organisations → other; other people →
   * staffing.
   */
  static String unitDefault(Candidate c, DocumentTopic topic) {
    String unit = c.unit();
    if (unit == null) {
      return "other";
    }
    String head = unit.startsWith("lượt ") ? unit.substring(5) : unit;
    if (PARTY_UNITS.contains(head)) {
      return "party_membership";
    }
    if (TRAINING_UNITS.contains(head)) {
      return "training";
    }
    if (DEGREE_UNITS.contains(head)) {
      return "qualification";
    }
    if (ELECTED_UNITS.contains(head)) {
      return topic.elections() ? "nomination" : "staffing";
    }
    if (head.equals("phiếu")) {
      return topic.confidenceVote() ? "evaluation" : "other";
    }
    return isOrganisation(unit) ? "other" : "staffing";
  }

  /** Whether a noun implies its own category (members, trainees, degrees, delegates, votes). */
  static boolean impliesCategory(Candidate c) {
    if (c.unit() == null) {
      return false;
    }
    String head = c.unit().startsWith("lượt ") ? c.unit().substring(5) : c.unit();
    return PARTY_UNITS.contains(head) || TRAINING_UNITS.contains(head)
        || DEGREE_UNITS.contains(head) || ELECTED_UNITS.contains(head) || head.equals("phiếu");
  }

  /**
   * Whether the number's clause is about population rather than personnel: a noun for voters,
   * households or residents stands before it in the clause.
   */
  boolean aboutPopulation(DocumentCues cues, Candidate c, Clause clause) {
    if (c.unitClass() != null && c.unitClass().people()) {
      return false;
    }
    for (Cue u : cues.find("UNIT", clause.start(), c.number().qualifierStart())) {
      if (UnitClass.parse(u.value()) == UnitClass.POPULATION) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TRAINING_UNITS = Set.of("học viên", "lớp", "lớp học", "sinh viên");
  private static final Set<String> DEGREE_UNITS =
      Set.of("thạc sĩ", "thạc sỹ", "tiến sĩ", "tiến sỹ", "cử nhân", "đại học");
  private static final Set<String> ELECTED_UNITS =
      Set.of("đại biểu", "ủy viên", "cấp ủy viên", "ứng cử viên", "uỷ viên", "cấp uỷ viên");

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
