package org.canbo.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.model.PlaceMention;
import org.canbo.nlp.ner.AdminUnit;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.TypeWords;
import org.canbo.text.GatedMatcher;
import org.canbo.text.ToneMarks;

/**
 * Finds administrative units written with their type word ("huyện Thanh Trì", "TX. Quảng Yên",
 * "các xã Thuận Sơn, Đà Sơn và Mỹ Sơn") or named by their party committee ("Huyện ủy Cao Lộc",
 * "Thành ủy Hà Nội"), resolves them in the gazetteer and gives each its province; immutable and
 * thread-safe.
 */
public final class PlaceFinder {
  /** Type words, committees implying one, and abbreviations (upper case only, so "tp" stays a word). */
  static final Pattern INTRO = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:(?<committee>Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy)"
          + "|(?<abbr>TP\\.?|Tp\\.?|TX\\.?|Tx\\.?|TT\\.)"
          + "|(?<type>(?iu:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)))(?![\\p{L}])\\s*");
  /**
   * Where {@link #INTRO} can start: its look-behind and the first letter of a committee,
   * abbreviation or (in any case) type word.
   */
  static final Pattern INTRO_GATE = Pattern.compile("(?=(?iu:[thqxp]))(?<![\\p{L}\\p{N}])");
  /** A name: capitalised words or a number ("Quận 3", "phường 12"), hyphens allowed inside. */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{L}*|\\d{1,2}(?![\\d/,.]\\d)");
  private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:,|và)\\s*|\\s+và\\s+");
  private static final Map<String, String> COMMITTEES = Map.of("Tỉnh ủy", "tỉnh", "Thành ủy",
      "thành phố", "Huyện ủy", "huyện", "Thị ủy", "thị xã", "Quận ủy", "quận");
  private static final int MAX_WORDS = 5;

  private final Gazetteer gazetteer;
  private final PlaceDisambiguator disambiguator;

  public PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.disambiguator = new PlaceDisambiguator(gazetteer);
  }

  /** Places of one clean text in text order; ambiguous names resolved by the article's other places. */
  public List<PlaceMention> find(String docId, String text) {
    return disambiguator.resolve(docId, text, candidates(text));
  }

  /** Every typed or committee-introduced unit name, before disambiguation. */
  List<PlaceCandidate> candidates(String text) {
    String canonical = ToneMarks.canonical(text);
    List<PlaceCandidate> out = new ArrayList<>();
    GatedMatcher intro = new GatedMatcher(INTRO, INTRO_GATE, canonical);
    Matcher m = intro.matcher();
    int from = 0;
    while (from < canonical.length() && intro.find(from)) {
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
    Matcher intro = INTRO.matcher(canonical).region(glue.end(), canonical.length());
    if (intro.lookingAt()) {
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
      String name = canonical.substring(nameStart, end).replaceAll("\\s*-\\s*", " - ");
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

  private static String typeOf(Matcher m) {
    if (m.group("committee") != null) {
      return COMMITTEES.get(m.group("committee"));
    }
    String written = m.group("abbr") != null ? m.group("abbr") : m.group("type");
    return TypeWords.normalise(written).orElse(null);
  }

  /** "cấp huyện", "cấp tỉnh": a level of government, not a place. */
  private static boolean isLevel(String canonical, int start) {
    String before = canonical.substring(Math.max(0, start - 5), start).toLowerCase(Locale.ROOT);
    return before.endsWith("cấp ");
  }
}
