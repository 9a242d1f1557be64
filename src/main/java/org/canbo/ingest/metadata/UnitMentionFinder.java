package org.canbo.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.nlp.ner.AdminUnit;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.UnitVocabulary;
import org.canbo.text.ToneMarks;

/**
 * Finds province and district names in lines of text: after a type word ("TX. Kỳ Anh", "huyện
 * Thanh Trì") or a party committee ("Thành ủy Hà Nội"), and, where asked, bare ("Long An đã ...",
 * "Cao Lộc: ...").
 */
public final class UnitMentionFinder {
  private static final String NAME = "(\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,4})";
  private static final Pattern RUN = Pattern.compile("(?<!\\p{L})" + NAME);
  /** Words before a bare name that make it a village, company or street, not a province/district. */
  private static final Set<String> NOT_UNIT_BEFORE =
      Set.of("xã", "phường", "trấn", "thôn", "bản", "ấp", "làng", "tổ", "khu", "cty", "ty", "đường",
          "phố", "sông", "núi", "hồ", "chợ", "ông", "bà", "đồng chí", "anh", "chị", "trường");

  private final Gazetteer gazetteer;
  private final UnitVocabulary vocabulary;
  /** A committee, type word or abbreviation of a province or district, and the name after it. */
  private final Pattern typed;
  /** Text ending in such a word, lower case: a name after it is counted by {@link #typed}. */
  private final Pattern endsTyped;

  public UnitMentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.vocabulary = gazetteer.vocabulary();
    Predicate<String> upper =
        gazetteer.typesAt(AdminUnit.Level.PROVINCE, AdminUnit.Level.DISTRICT)::contains;
    this.typed = Pattern.compile(startsWithOneOf(vocabulary, upper)
        + "(?<!\\p{L})(" + vocabulary.introducerPattern(upper) + ")\\s*" + NAME);
    List<String> abbreviations = vocabulary.abbreviations(upper);
    List<String> lower = new ArrayList<>(vocabulary.typeWords(upper));
    lower.add("ủy");
    Set<String> lowerAbbreviations = new LinkedHashSet<>();
    abbreviations.forEach(a -> lowerAbbreviations.add(a.toLowerCase(Locale.ROOT)));
    this.endsTyped = Pattern.compile(".*(?<!\\p{L})(" + UnitVocabulary.alternation(lower, false)
        + "|" + UnitVocabulary.alternation(lowerAbbreviations, true) + ")$");
  }

  /**
   * A lookahead for the first chars of the introducers: it changes no match, but spares trying
   * every one of them at each word start (most of what reading a body's lines cost).
   */
  private static String startsWithOneOf(UnitVocabulary vocabulary, Predicate<String> types) {
    List<String> forms = new ArrayList<>(vocabulary.introducers(types));
    forms.addAll(vocabulary.abbreviations(types));
    StringBuilder firsts = new StringBuilder();
    for (String form : forms) {
      if (form.isEmpty()) {
        return ""; // an empty form starts anywhere: no lookahead can tell
      }
      firsts.append("\\x{").append(Integer.toHexString(form.codePointAt(0))).append('}');
    }
    return firsts.length() == 0 ? "" : "(?=[" + firsts + "])";
  }

  /** Mentions with a type or committee word, anywhere in the line. */
  public List<UnitMention> typed(String line, int index) {
    String text = ToneMarks.canonical(line);
    List<UnitMention> out = new ArrayList<>();
    Matcher m = typed.matcher(text);
    while (m.find()) {
      String word = m.group(1);
      String type = vocabulary.committeeType(word).or(() -> vocabulary.typeOf(word)).orElse(null);
      longestMatch(m.group(2), type).ifPresent(c -> out.add(new UnitMention(c, index, true)));
    }
    return out;
  }

  /** Bare province or district names opening runs of capitalised words. */
  public List<UnitMention> bare(String line, int index) {
    String text = ToneMarks.canonical(line);
    List<UnitMention> out = new ArrayList<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      if (precededByNonUnitWord(text, m.start())) {
        continue;
      }
      longestMatch(m.group(1), null).ifPresent(c -> out.add(new UnitMention(c, index, false)));
    }
    return out;
  }

  /** Tries the longest prefix of the capitalised run that names a province or district. */
  private Optional<List<AdminUnit>> longestMatch(String run, String type) {
    String[] tokens = run.split("\\s+");
    for (int k = Math.min(tokens.length, 4); k >= 1; k--) {
      if (type == null && k < 2) {
        break; // a bare single capitalised word is too often something else
      }
      String name = String.join(" ", List.of(tokens).subList(0, k));
      List<AdminUnit> units = gazetteer.find(name).stream()
          .filter(u -> u.level() != AdminUnit.Level.COMMUNE)
          .filter(u -> type == null || u.type().equals(type))
          .toList();
      if (!units.isEmpty()) {
        return Optional.of(units);
      }
    }
    return Optional.empty();
  }

  private boolean precededByNonUnitWord(String text, int start) {
    String before = text.substring(0, start).stripTrailing().toLowerCase(Locale.ROOT);
    if (before.isEmpty()) {
      return false;
    }
    for (String w : NOT_UNIT_BEFORE) {
      if (before.endsWith(" " + w) || before.equals(w)) {
        return true;
      }
    }
    // A run after a type or committee word is counted by typed(); do not count it twice.
    return endsTyped.matcher(before).matches();
  }
}
