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
import org.canbo.text.GatedMatcher;
import org.canbo.text.ToneMarks;
import org.canbo.text.WordGate;

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
  /** Where {@link #typed} may match: an introducer or abbreviation starting after a non-letter. */
  private final WordGate typedGate;
  /** Text ending in such a word, lower case: a name after it is counted by {@link #typed}. */
  private final Pattern endsTyped;
  /** The same words at the end of a short tail of that text (see {@link #precededByNonUnitWord}). */
  private final Pattern tailTyped;
  /** Chars of a text's end that hold any word {@link #precededByNonUnitWord} looks for, and one more. */
  private final int tailChars;

  public UnitMentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.vocabulary = gazetteer.vocabulary();
    Predicate<String> upper =
        gazetteer.typesAt(AdminUnit.Level.PROVINCE, AdminUnit.Level.DISTRICT)::contains;
    this.typed = Pattern.compile(startsWithOneOf(vocabulary, upper)
        + "(?<!\\p{L})(" + vocabulary.introducerPattern(upper) + ")\\s*" + NAME);
    List<String> forms = new ArrayList<>(vocabulary.introducers(upper));
    forms.addAll(vocabulary.abbreviations(upper));
    this.typedGate = WordGate.afterNonLetter(forms);
    List<String> abbreviations = vocabulary.abbreviations(upper);
    List<String> lower = new ArrayList<>(vocabulary.typeWords(upper));
    lower.add("ủy");
    Set<String> lowerAbbreviations = new LinkedHashSet<>();
    abbreviations.forEach(a -> lowerAbbreviations.add(a.toLowerCase(Locale.ROOT)));
    String endings = UnitVocabulary.alternation(lower, false) + "|"
        + UnitVocabulary.alternation(lowerAbbreviations, true);
    this.endsTyped = Pattern.compile(".*(?<!\\p{L})(" + endings + ")$");
    this.tailTyped = Pattern.compile("(?<!\\p{L})(" + endings + ")$");
    int longest = 0;
    for (String w : lower) {
      longest = Math.max(longest, w.length());
    }
    for (String a : lowerAbbreviations) {
      longest = Math.max(longest, a.length() + 1); // with its optional "."
    }
    for (String w : NOT_UNIT_BEFORE) {
      longest = Math.max(longest, w.length() + 1); // with the space before it
    }
    this.tailChars = longest + 2; // and the char a look-behind reads, which is never the first
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
    return typedInCanonical(ToneMarks.canonical(line), index);
  }

  /** As {@link #typed} for a line whose tone marks are already canonical ({@link ToneMarks#canonical}). */
  public List<UnitMention> typedInCanonical(String canonicalLine, int index) {
    List<UnitMention> out = new ArrayList<>();
    addTyped(canonicalLine, index, out);
    return out;
  }

  /** Bare province or district names opening runs of capitalised words. */
  public List<UnitMention> bare(String line, int index) {
    List<UnitMention> out = new ArrayList<>();
    addBare(ToneMarks.canonical(line), index, out);
    return out;
  }

  /** {@link #typed} then {@link #bare} mentions, the line made canonical once. */
  public List<UnitMention> typedAndBare(String line, int index) {
    return typedAndBareInCanonical(ToneMarks.canonical(line), index);
  }

  /** As {@link #typedAndBare} for a line whose tone marks are already canonical. */
  public List<UnitMention> typedAndBareInCanonical(String text, int index) {
    List<UnitMention> out = new ArrayList<>();
    addTyped(text, index, out);
    addBare(text, index, out);
    return out;
  }

  /** The regex runs only where the gate admits a start: what {@code typed.find()} finds. */
  private void addTyped(String text, int index, List<UnitMention> out) {
    GatedMatcher gated = new GatedMatcher(typed, typedGate, text);
    for (int from = 0; gated.find(from); from = gated.matcher().end()) {
      addTyped(gated.matcher(), index, out);
    }
  }

  private void addTyped(Matcher m, int index, List<UnitMention> out) {
    String word = m.group(1);
    String type = vocabulary.committeeType(word).or(() -> vocabulary.typeOf(word)).orElse(null);
    longestMatch(m.group(2), type).ifPresent(c -> out.add(new UnitMention(c, index, true)));
  }

  private void addBare(String text, int index, List<UnitMention> out) {
    int lineBreak = firstLineBreak(text);
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      if (!precededByNonUnitWord(text, m.start(), lineBreak)) {
        longestMatch(m.group(1), null).ifPresent(c -> out.add(new UnitMention(c, index, false)));
      }
    }
  }

  /**
   * {@link #typedAndBare} as the plain regexes find it, every start tried and the whole text
   * before a run lower-cased: the reference the gated search and the tail check must equal.
   */
  List<UnitMention> typedAndBareByRegex(String line, int index) {
    String text = ToneMarks.canonical(line);
    List<UnitMention> out = new ArrayList<>();
    Matcher t = typed.matcher(text);
    while (t.find()) {
      addTyped(t, index, out);
    }
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      if (!precededByNonUnitWord(text, m.start())) {
        longestMatch(m.group(1), null).ifPresent(c -> out.add(new UnitMention(c, index, false)));
      }
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

  /**
   * Whether the text before {@code start}, trimmed and in lower case, ends in a word that makes a
   * name there no bare unit, looked for in the last {@link #tailChars} chars only: lower case of
   * a tail is the tail of the lower case, and no word looked for is longer. The whole text is
   * lower-cased as before when it holds what breaks that (a final sigma, a surrogate), or a line
   * terminator before the start, which stops {@link #endsTyped}'s {@code .*}.
   */
  private boolean precededByNonUnitWord(String text, int start, int lineBreak) {
    int end = start;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    int from = Math.max(0, end - tailChars);
    if (lineBreak < end || !plainLowerCase(text, from, end)) {
      return precededByNonUnitWord(text, start);
    }
    String tail = text.substring(from, end).toLowerCase(Locale.ROOT);
    for (String w : NOT_UNIT_BEFORE) {
      if (tail.endsWith(" " + w) || (from == 0 && tail.equals(w))) {
        return true;
      }
    }
    return tailTyped.matcher(tail).find();
  }

  /** No char in {@code text[from, end)} whose lower case depends on the chars around it. */
  private static boolean plainLowerCase(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u03A3' || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Where a line terminator a regex {@code .} does not cross first occurs; the length if none. */
  private static int firstLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return text.length();
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
