package org.canbo.extract.figure;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.nlp.ner.AdminUnit;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.UnitVocabulary;
import org.canbo.text.Literals;

/**
 * Finds the administrative unit a figure is about: a unit named in the figure's own list item
 * ("huyện Phú Quý (120,83%)", "Hội An 110"), else a unit that opens the sentence or a previous one
 * ("Tại huyện Thanh Trì, ...", "Đối với huyện Phúc Thọ", "toàn tỉnh", "cả nước"), else the
 * article's locality.
 */
final class ScopeResolver {
  /**
   * What may precede a unit that opens a sentence: a list bullet, "Tại", "Đối với", "Theo", and a
   * body of that unit ("Theo Ủy ban Bầu cử tỉnh Hà Giang", "* Thành phố Hà Nội:", "Đảng bộ TP").
   */
  private static final Pattern NATION = Pattern.compile("(?<!\\p{L})(?:cả nước|toàn quốc)(?!\\p{L})");
  /** What precedes the first comma of a sentence head ("Năm 2023, toàn tỉnh ..."). */
  private static final Pattern LEAD = Pattern.compile("^[^,]*,\\s*");
  /** Separators and an opening parenthesis around a list item ("; Hội An (" → "Hội An"). */
  private static final Pattern ITEM_TRIM = Pattern.compile("^[\\s:;,(]+|[\\s(:]+$");
  /** The capitalised words that end a list item's text: "như Bắc Giang" → "Bắc Giang". */
  private static final Pattern TRAILING_NAME =
      Pattern.compile("(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final Gazetteer gazetteer;
  private final UnitVocabulary vocabulary;
  /** A committee, type word or abbreviation of a province or district and the name after it. */
  private final Pattern typed;
  /** What may precede a unit that opens a sentence; see {@link #opener}. */
  private final Pattern opener;
  /** "toàn tỉnh", "trên toàn huyện": the article's own unit. */
  private final Pattern whole;
  /** Where the words {@link #typed} starts with are written: it cannot match elsewhere. */
  private final IntroducerGate typedGate;

  ScopeResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.vocabulary = gazetteer.vocabulary();
    Predicate<String> upper =
        gazetteer.typesAt(AdminUnit.Level.PROVINCE, AdminUnit.Level.DISTRICT)::contains;
    this.typed = Pattern.compile("(?<!\\p{L})(" + vocabulary.introducerPattern(upper) + ")\\s*"
        + "((?:\\p{Lu}[\\p{L}-]*)(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})");
    this.typedGate = new IntroducerGate(vocabulary.introducers(upper));
    // a list bullet, "Tại", "Đối với", "Theo", and a body of that unit ("Theo Ủy ban Bầu cử tỉnh
    // Hà Giang", "* Thành phố Hà Nội:", "Đảng bộ TP")
    this.opener = Pattern.compile(
        "^[\\s*•+–-]*(?:(?:tại|đối với|ở|riêng|với|còn|theo)\\s+)?(?:các\\s+)?"
            + "(?:(?:đảng bộ|ủy ban bầu cử|uỷ ban bầu cử|ubbc|ủy ban kiểm tra|ban tổ chức|ban thường vụ"
            + "|ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|đại hội đại biểu đảng bộ|cử tri"
            + "|(?:ban thường vụ )?(?:" + UnitVocabulary.alternation(vocabulary.committees(), false) + "))"
            + "(?:\\s*\\([^)]{1,12}\\))?\\s+)?$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.whole = Pattern.compile("^(?:(?:trên )?toàn (?:"
        + UnitVocabulary.alternation(vocabulary.typeWords(upper), false) + "))(?!\\p{L})");
  }

  /** A scope switch opening the sentence, if any (carried to later sentences by the caller). */
  Optional<String> opener(String text, String norm, int start, int end, String locality) {
    int headEnd = Math.min(end, start + 80);
    // the head, or what follows a leading time phrase: "Chiều 26-5, Ủy ban Bầu cử tỉnh ..."
    int comma = firstCommaSpace(text, start, start + 30);
    for (int head : comma > start ? new int[] {start, comma + 2} : new int[] {start}) {
      if (head >= headEnd) {
        continue;
      }
      // the first match may be a committee without its place ("Thành ủy TP. Hồ Chí Minh")
      Matcher m = typed.matcher(text);
      for (int tries = 0, from = head; tries < 2 && typedGate.find(m, text, from, from, headEnd);
          tries++) {
        if (opener.matcher(text.substring(head, m.start())).matches()) {
          Optional<AdminUnit> unit = unit(m);
          if (unit.isPresent()) {
            return Optional.of(frame(text, norm, m.end(), headEnd, unit.get()));
          }
          Optional<String> printed = printed(m);
          if (printed.isPresent()) {
            return printed;
          }
        }
        from = m.start(2); // the search goes on from the name, as a region starting there
      }
    }
    // WHOLE needs "toàn ", NATION "cả nước" or "toàn quốc": skip the regexes where they are absent.
    int wholeEnd = Math.min(end, start + 40);
    if (Literals.contains(norm, start, wholeEnd, "toàn ")) {
      String head = norm.substring(start, wholeEnd);
      String lead = LEAD.matcher(head).replaceFirst("");
      if (whole.matcher(head).find() || whole.matcher(lead).find()) {
        return Optional.ofNullable(locality);
      }
    }
    int nationEnd = Math.min(end, start + 60);
    if (Literals.containsAny(norm, start, nationEnd, "cả nước", "toàn quốc")) {
      Matcher n = NATION.matcher(norm).region(start, nationEnd);
      // "Đại hội đại biểu toàn quốc" names a congress, not the scope
      if (n.find() && !norm.substring(Math.max(start, n.start() - 12), n.start()).contains("biểu")
          && !norm.substring(Math.max(start, n.start() - 9), n.start()).contains("đại hội")) {
        return Optional.of("cả nước");
      }
    }
    return Optional.empty();
  }

  /** The first ", " at or after {@code from} that starts before {@code before}, or -1. */
  private static int firstCommaSpace(String text, int from, int before) {
    for (int i = Math.max(from, 0); i < Math.min(before, text.length() - 1); i++) {
      if (text.charAt(i) == ',' && text.charAt(i + 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** The pattern of a typed unit and the gate in front of it (for tests). */
  Pattern typed() {
    return typed;
  }

  IntroducerGate typedGate() {
    return typedGate;
  }

  /** A unit named in {@code text[from, to)}, the list item just before a number. */
  Optional<String> inItem(String text, int from, int to) {
    Optional<String> found = Optional.empty();
    Matcher m = typed.matcher(text);
    for (int at = from; typedGate.find(m, text, from, at, to); at = m.end()) {
      Optional<String> unit = typed(m);
      if (unit.isPresent()) {
        found = unit;
      }
    }
    if (found.isPresent()) {
      return found;
    }
    String bare = ITEM_TRIM.matcher(text.substring(from, to)).replaceAll("");
    Matcher name = TRAILING_NAME.matcher(bare);
    if (name.find() && (name.start() == 0 || bare.length() - name.start() <= 30)) {
      return best(gazetteer.find(name.group(1)));
    }
    return Optional.empty();
  }

  /**
   * The scope of a head that names several units ("Thành ủy Đồng Hới, Huyện ủy các huyện Tuyên
   * Hóa, Bố Trạch (Quảng Bình) đã ..."): their province; else the unit itself.
   */
  private String frame(String text, String norm, int from, int headEnd, AdminUnit first) {
    int digit = from;
    while (digit < headEnd && !Character.isDigit(text.charAt(digit))) {
      digit++;
    }
    boolean several = Literals.contains(norm, from, digit, "các huyện")
        || Literals.contains(norm, from, digit, "các quận");
    Matcher other = typed.matcher(text);
    for (int at = from; !several && typedGate.find(other, text, from, at, digit); at = other.end()) {
      several = unit(other).filter(u -> !u.equals(first)).isPresent();
    }
    if (several && first.level() != AdminUnit.Level.PROVINCE) {
      return gazetteer.provinceOf(first).map(AdminUnit::nameWithType).orElse(first.nameWithType());
    }
    return first.nameWithType();
  }

  private Optional<AdminUnit> unit(Matcher m) {
    String[] words = SPACES.split(m.group(2));
    for (int n = words.length; n >= 1; n--) {
      String name = String.join(" ", List.of(words).subList(0, n));
      List<AdminUnit> units =
          gazetteer.find(typeOf(m), name);
      if (!units.isEmpty()) {
        return Optional.of(units.get(0));
      }
    }
    return Optional.empty();
  }

  private Optional<String> typed(Matcher m) {
    String[] words = SPACES.split(m.group(2));
    for (int n = words.length; n >= 1; n--) {
      String name = String.join(" ", List.of(words).subList(0, n));
      List<AdminUnit> units =
          gazetteer.find(typeOf(m), name);
      if (!units.isEmpty()) {
        return Optional.of(units.get(0).nameWithType());
      }
    }
    return Optional.empty();
  }

  /**
   * A province named as printed when the gazetteer spells it otherwise ("tỉnh Đác Lắc" for Đắk
   * Lắk): a type word and a capitalised name of two syllables or more.
   */
  private Optional<String> printed(Matcher m) {
    String type = typeOf(m).toLowerCase(java.util.Locale.ROOT);
    String[] words = SPACES.split(m.group(2));
    if (!type.equals("tỉnh") || words.length < 2 || words.length > 3) {
      return Optional.empty();
    }
    return Optional.of(type + " " + String.join(" ", words));
  }

  /** The type word of a {@link #typed} match: a committee's unit type, else the word as written. */
  private String typeOf(Matcher m) {
    return vocabulary.committeeType(m.group(1)).orElse(m.group(1));
  }

  /** Of several units with one name, the highest tier: a bare "Hội An" is the city. */
  private static Optional<String> best(List<AdminUnit> units) {
    return units.stream()
        .min((a, b) -> a.level().compareTo(b.level()))
        .map(AdminUnit::nameWithType);
  }
}
