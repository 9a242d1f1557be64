package org.canbo.extract.figure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.nlp.ner.AdminUnit;
import org.canbo.nlp.ner.Gazetteer;

/**
 * Finds the administrative unit a figure is about: a unit named in the figure's own list item
 * ("huyện Phú Quý (120,83%)", "Hội An 110"), else a unit that opens the sentence or a previous one
 * ("Tại huyện Thanh Trì, ...", "Đối với huyện Phúc Thọ", "toàn tỉnh", "cả nước"), else the
 * article's locality.
 */
final class ScopeResolver {
  private static final Pattern TYPED = Pattern.compile(
      "(?<!\\p{L})(tỉnh|Tỉnh|thành phố|Thành phố|TP\\.?|Tp\\.?|huyện|Huyện|quận|Quận|thị xã|Thị xã"
          + "|TX\\.?|thị trấn|Thị trấn)\\s*((?:\\p{Lu}[\\p{L}-]*)(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})");
  private static final Pattern OPENER = Pattern.compile(
      "^(?:(?:tại|đối với|ở|riêng|với|còn)\\s+)?(?:đảng bộ\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NATION = Pattern.compile("(?<!\\p{L})(?:cả nước|toàn quốc)(?!\\p{L})");
  private static final Pattern WHOLE = Pattern.compile(
      "^(?:(?:trên )?toàn (?:tỉnh|huyện|thị xã|thành phố|quận))(?!\\p{L})");
  /** What precedes the first comma of a sentence head ("Năm 2023, toàn tỉnh ..."). */
  private static final Pattern LEAD = Pattern.compile("^[^,]*,\\s*");
  /** Separators and an opening parenthesis around a list item ("; Hội An (" → "Hội An"). */
  private static final Pattern ITEM_TRIM = Pattern.compile("^[\\s:;,(]+|[\\s(]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** The type words {@link #TYPED} starts with, as written: it cannot match where none occurs. */
  private static final String[] TYPE_WORDS = {
      "tỉnh", "Tỉnh", "thành phố", "Thành phố", "TP", "Tp", "huyện", "Huyện", "quận", "Quận",
      "thị xã", "Thị xã", "TX", "thị trấn", "Thị trấn"};

  private final Gazetteer gazetteer;

  ScopeResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A scope switch opening the sentence, if any (carried to later sentences by the caller). */
  Optional<String> opener(String text, String norm, int start, int end, String locality) {
    int headEnd = Math.min(end, start + 60);
    Matcher m = TYPED.matcher(text).region(start, headEnd);
    if (Literals.containsAny(text, start, headEnd, TYPE_WORDS) && m.find()
        && OPENER.matcher(text.substring(start, m.start())).matches()) {
      Optional<String> unit = typed(m);
      if (unit.isPresent()) {
        return unit;
      }
    }
    // WHOLE needs "toàn ", NATION "cả nước" or "toàn quốc": skip the regexes where they are absent.
    int wholeEnd = Math.min(end, start + 40);
    if (Literals.contains(norm, start, wholeEnd, "toàn ")) {
      String head = norm.substring(start, wholeEnd);
      String lead = LEAD.matcher(head).replaceFirst("");
      if (WHOLE.matcher(head).find() || WHOLE.matcher(lead).find()) {
        return Optional.ofNullable(locality);
      }
    }
    if (Literals.containsAny(norm, start, end, "cả nước", "toàn quốc")
        && NATION.matcher(norm).region(start, end).find()) {
      return Optional.of("cả nước");
    }
    return Optional.empty();
  }

  /** A unit named in {@code text[from, to)}, the list item just before a number. */
  Optional<String> inItem(String text, int from, int to) {
    Optional<String> found = Optional.empty();
    Matcher m = TYPED.matcher(text).region(from, to);
    while (Literals.containsAny(text, from, to, TYPE_WORDS) && m.find()) {
      Optional<String> unit = typed(m);
      if (unit.isPresent()) {
        found = unit;
      }
    }
    if (found.isPresent()) {
      return found;
    }
    String bare = ITEM_TRIM.matcher(text.substring(from, to)).replaceAll("");
    if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && bare.split(" ").length <= 4) {
      return best(gazetteer.find(bare));
    }
    return Optional.empty();
  }

  private Optional<String> typed(Matcher m) {
    String[] words = SPACES.split(m.group(2));
    for (int n = words.length; n >= 1; n--) {
      String name = String.join(" ", List.of(words).subList(0, n));
      List<AdminUnit> units = gazetteer.find(m.group(1), name);
      if (!units.isEmpty()) {
        return Optional.of(units.get(0).nameWithType());
      }
    }
    return Optional.empty();
  }

  /** Of several units with one name, the highest tier: a bare "Hội An" is the city. */
  private static Optional<String> best(List<AdminUnit> units) {
    return units.stream()
        .min((a, b) -> a.level().compareTo(b.level()))
        .map(AdminUnit::nameWithType);
  }
}
