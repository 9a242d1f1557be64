package org.canbo.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.model.PlaceMention;
import org.canbo.nlp.ner.AdminUnit;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.UnitVocabulary;
import org.canbo.text.GatedMatcher;
import org.canbo.text.ToneMarks;
import org.canbo.text.WordGate;

/**
 * Finds administrative units written with their type word ("huyện Thanh Trì", "TX. Quảng Yên",
 * "các xã Thuận Sơn, Đà Sơn và Mỹ Sơn") or named by their party committee ("Huyện ủy Cao Lộc",
 * "Thành ủy Hà Nội"), resolves them in the gazetteer and gives each its province; immutable and
 * thread-safe.
 */
public final class PlaceFinder {
  /** A name: capitalised words or a number ("Quận 3", "phường 12"), hyphens allowed inside. */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{L}*|\\d{1,2}(?![\\d/,.]\\d)");
  private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:,|và)\\s*|\\s+và\\s+");
  private static final int MAX_WORDS = 5;

  private final Gazetteer gazetteer;
  private final UnitVocabulary vocabulary;
  private final PlaceDisambiguator disambiguator;
  /** Type words, committees implying one, and abbreviations (as written, so "tp" stays a word). */
  private final Pattern intro;
  /** Where {@link #intro} can start: a committee, abbreviation or (in any case) type word. */
  private final WordGate introGate;

  public PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.vocabulary = gazetteer.vocabulary();
    this.disambiguator = new PlaceDisambiguator(gazetteer);
    List<String> types = vocabulary.typeWords(t -> true);
    List<String> abbreviations = vocabulary.abbreviations(t -> true);
    this.intro = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<committee>"
        + UnitVocabulary.alternation(vocabulary.committees(), false) + ")"
        + "|(?<abbr>" + UnitVocabulary.alternation(abbreviations, true) + ")"
        + "|(?<type>(?iu:" + UnitVocabulary.alternation(types, false) + ")))(?![\\p{L}])\\s*");
    List<String> starts = new ArrayList<>(vocabulary.committees());
    starts.addAll(abbreviations);
    starts.addAll(types);
    this.introGate = new WordGate(starts);
  }

  /** The type words and committees this finder reads (the gazetteer's). */
  public UnitVocabulary vocabulary() {
    return vocabulary;
  }

  /** The pattern of type words, committees and abbreviations that introduce a unit's name. */
  Pattern intro() {
    return intro;
  }

  /** The cheap gate before {@link #intro()}: a position where it can start. */
  WordGate introGate() {
    return introGate;
  }

  /** Places of one clean text in text order; ambiguous names resolved by the article's other places. */
  public List<PlaceMention> find(String docId, String text) {
    return find(docId, text, ToneMarks.canonical(text));
  }

  /** As {@link #find(String, String)}, {@code canonical} being the text with canonical tone marks. */
  public List<PlaceMention> find(String docId, String text, String canonical) {
    return disambiguator.resolve(docId, text, candidates(canonical));
  }

  /** Every typed or committee-introduced unit name of a canonical text, before disambiguation. */
  List<PlaceCandidate> candidates(String canonical) {
    List<PlaceCandidate> out = new ArrayList<>();
    GatedMatcher introduced = new GatedMatcher(intro, introGate, canonical);
    Matcher m = introduced.matcher();
    int from = 0;
    while (from < canonical.length() && introduced.find(from)) {
      from = m.end() > m.start() ? m.end() : m.start() + 1;
      if (isLevel(canonical, m.start())) {
        continue;
      }
      String type = typeOf(m);
      int start = m.group("committee") != null ? m.end() : m.start();
      PlaceCandidate c = nameAt(canonical, start, m.end(), type);
      if (c == null) {
        continue;
      }
      out.add(c);
      from = c.end();
      // "các xã Thuận Sơn, Đà Sơn và Mỹ Sơn": further names of the same type.
      for (PlaceCandidate next = listed(canonical, c); next != null; next = listed(canonical, next)) {
        out.add(next);
        from = next.end();
      }
    }
    return out;
  }

  private PlaceCandidate listed(String canonical, PlaceCandidate previous) {
    Matcher glue = LIST_GLUE.matcher(canonical).region(previous.end(), canonical.length());
    if (!glue.lookingAt() || glue.end() == previous.end()) {
      return null;
    }
    Matcher next = intro.matcher(canonical).region(glue.end(), canonical.length());
    if (next.lookingAt()) {
      return null; // a new type word starts its own mention
    }
    return nameAt(canonical, glue.end(), glue.end(), previous.type());
  }

  /** The longest run of name words at {@code nameStart} that names a unit of {@code type}. */
  private PlaceCandidate nameAt(String canonical, int start, int nameStart, String type) {
    List<int[]> words = new ArrayList<>();
    int pos = nameStart;
    Matcher w = WORD.matcher(canonical);
    while (words.size() < MAX_WORDS && pos < canonical.length() && w.region(pos, canonical.length()).lookingAt()) {
      words.add(new int[] {w.start(), w.end()});
      pos = afterSeparator(canonical, w.end());
      if (pos < 0) {
        break;
      }
    }
    for (int k = words.size(); k >= 1; k--) {
      int end = words.get(k - 1)[1];
      String name = canonical.substring(nameStart, end);
      if (name.indexOf('-') >= 0) {
        name = name.replaceAll("\\s*-\\s*", " - ");
      }
      List<AdminUnit> units = type == null ? List.of() : gazetteer.find(type, name);
      if (!units.isEmpty()) {
        return new PlaceCandidate(start, end, nameStart, type, units);
      }
    }
    return null;
  }

  /** Start of the next word after a single space or a hyphen, or -1 when the name cannot go on. */
  private static int afterSeparator(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '–')) {
      j++;
      while (j < s.length() && s.charAt(j) == ' ') {
        j++;
      }
      return j;
    }
    return j > i && j - i <= 1 ? j : -1;
  }

  private String typeOf(Matcher m) {
    if (m.group("committee") != null) {
      return vocabulary.committeeType(m.group("committee")).orElse(null);
    }
    String written = m.group("abbr") != null ? m.group("abbr") : m.group("type");
    return vocabulary.typeOf(written).orElse(null);
  }

  /** "cấp huyện", "cấp tỉnh": a level of government, not a place. */
  private static boolean isLevel(String canonical, int start) {
    String before = canonical.substring(Math.max(0, start - 5), start).toLowerCase(Locale.ROOT);
    return before.endsWith("cấp ");
  }
}
