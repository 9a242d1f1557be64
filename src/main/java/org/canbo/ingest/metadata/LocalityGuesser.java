package org.canbo.ingest.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.nlp.ner.AdminUnit;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.UnitVocabulary;
import org.canbo.text.ToneMarks;

/**
 * Guesses the main administrative unit an article is about ("huyện Cao Lộc", "tỉnh Điện Biên",
 * "cả nước"), weighing title and lead mentions over body frequency, and returns null when the text
 * never names the unit.
 */
public final class LocalityGuesser {
  public static final String NATIONAL = "cả nước";
  /**
   * Bodies that make an article national when no unit stands out, lower case and with canonical
   * tone marks; searched as literals (what a regex alternation of them found, at a fraction of its
   * cost over a whole body). "toàn đảng" counts only when not followed by " bộ".
   */
  private static final List<String> NATIONAL_CUES = List.of("cả nước", "toàn quốc",
      "các tỉnh, thành phố", "bộ chính trị", "ban bí thư", "ban chấp hành trung ương",
      "trung ương đảng", "ủy ban kiểm tra trung ương", "ubkttw");
  private static final String WHOLE_PARTY = "toàn đảng";
  private static final String NOT_WHOLE_PARTY = "toàn đảng bộ";
  /** Title words naming units in general ("tỉnh, thành phố", "Trung ương"). */
  private static final Pattern NATIONAL_TITLE = Pattern.compile("cả nước|toàn quốc|tỉnh, thành phố|trung ương");
  /** Bodies about a whole province (searched as {@link #NATIONAL_CUES} are). */
  private static final List<String> PROVINCE_LEVEL =
      List.of("toàn tỉnh", "cả tỉnh", "tỉnh ủy", "đảng bộ tỉnh", "ubnd tỉnh", "trong tỉnh");
  private static final int TITLE_WEIGHT = 10;
  private static final int LEAD_WEIGHT = 4;
  /** A unit in the body alone needs this many mentions to be the article's subject. */
  private static final int STRONG_COUNT = 3;

  /** The unit with its type word ("huyện Cao Lộc") and its province ("tỉnh Lạng Sơn"; null for "cả nước"). */
  public record Locality(String name, String province) {
    static final Locality COUNTRY = new Locality(NATIONAL, null);
  }

  private final Gazetteer gazetteer;
  private final UnitMentionFinder finder;
  private final ProvincialPapers papers;
  /** The committees of provinces, lower case: "Bí thư Tỉnh ủy" followed by no name speaks of provinces in general. */
  private final Pattern provinceCommittee;

  public LocalityGuesser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.finder = new UnitMentionFinder(gazetteer);
    this.papers = new ProvincialPapers(gazetteer);
    this.provinceCommittee = Pattern.compile(UnitVocabulary.alternation(gazetteer.vocabulary()
        .committees(gazetteer.typesAt(AdminUnit.Level.PROVINCE)::contains).stream()
        .map(c -> c.toLowerCase(Locale.ROOT)).toList(), false));
  }

  /**
   * Guesses from the title (may be null), the body lines after title and dateline (the first is the
   * lead) with canonical tone marks ({@link ToneMarks#canonical}: the article's are made once) and
   * the source tag (may be null).
   */
  public Optional<Locality> guess(String title, List<String> canonicalBody, String source) {
    List<UnitMention> titleMentions = new ArrayList<>();
    String canonicalTitle = title == null ? null : ToneMarks.canonical(title);
    if (title != null) {
      titleMentions.addAll(finder.typedAndBareInCanonical(canonicalTitle, -1));
    }
    List<UnitMention> mentions = new ArrayList<>(titleMentions);
    for (int i = 0; i < canonicalBody.size(); i++) {
      String line = canonicalBody.get(i);
      mentions.addAll(i == 0 ? finder.typedAndBareInCanonical(line, i) : finder.typedInCanonical(line, i));
    }
    Map<AdminUnit, Integer> score = score(mentions);
    Optional<AdminUnit> inTitle = best(score, unitsOf(titleMentions, score));
    if (inTitle.isPresent()) {
      return inTitle.map(this::locality);
    }
    if (title != null && isNationalTitle(canonicalTitle)) {
      return Optional.of(Locality.COUNTRY);
    }
    Optional<AdminUnit> top = best(score, score.keySet());
    boolean lead = top.isPresent() && mentions.stream()
        .anyMatch(m -> m.line() == 0 && m.candidates().contains(top.get()));
    long count = top.map(u -> countOf(mentions, u)).orElse(0L);
    if (top.isPresent() && (lead || count >= STRONG_COUNT)) {
      return top.map(this::locality);
    }
    // Made only now: most articles are placed by their mentions above.
    String text = String.join("\n", canonicalBody).toLowerCase(Locale.ROOT);
    if (isNationalBody(text)) {
      return Optional.of(Locality.COUNTRY);
    }
    if (top.isPresent() && count >= 2) {
      return top.map(this::locality);
    }
    if (containsAny(text, PROVINCE_LEVEL)) {
      // A provincial paper writing about "toàn tỉnh" names its province only in its tag.
      return papers.provinceOf(source).map(this::locality);
    }
    return Optional.empty();
  }

  /** Whether a lower-cased canonical body holds a {@link #NATIONAL_CUES} cue or "toàn đảng" (not "toàn đảng bộ"). */
  private static boolean isNationalBody(String text) {
    if (containsAny(text, NATIONAL_CUES)) {
      return true;
    }
    for (int at = text.indexOf(WHOLE_PARTY); at >= 0; at = text.indexOf(WHOLE_PARTY, at + 1)) {
      if (!text.startsWith(NOT_WHOLE_PARTY, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String text, List<String> literals) {
    for (String literal : literals) {
      if (text.contains(literal)) {
        return true;
      }
    }
    return false;
  }

  private Locality locality(AdminUnit unit) {
    return new Locality(unit.nameWithType(),
        gazetteer.provinceOf(unit).map(AdminUnit::nameWithType).orElse(null));
  }

  private boolean isNationalTitle(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    if (NATIONAL_TITLE.matcher(lower).find()) {
      return true;
    }
    Matcher m = provinceCommittee.matcher(lower);
    while (m.find()) {
      String rest = title.substring(m.end()).stripLeading();
      if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Resolves each mention to one unit (the candidate best supported by the others) and scores it. */
  private Map<AdminUnit, Integer> score(List<UnitMention> mentions) {
    Map<AdminUnit, Integer> provinceSupport = new HashMap<>();
    for (UnitMention m : mentions) {
      Set<AdminUnit> provinces = new HashSet<>();
      m.candidates().forEach(u -> gazetteer.provinceOf(u).ifPresent(provinces::add));
      provinces.forEach(p -> provinceSupport.merge(p, 1, Integer::sum));
    }
    Map<AdminUnit, Integer> score = new HashMap<>();
    Set<AdminUnit> districts = new HashSet<>();
    for (UnitMention m : mentions) {
      AdminUnit unit = m.candidates().stream()
          .max(Comparator.comparingInt((AdminUnit u) ->
              gazetteer.provinceOf(u).map(p -> provinceSupport.getOrDefault(p, 0)).orElse(0)))
          .orElseThrow();
      int weight = m.line() < 0 ? TITLE_WEIGHT : m.line() == 0 ? LEAD_WEIGHT : 1;
      score.merge(unit, weight, Integer::sum);
      if (unit.level() == AdminUnit.Level.DISTRICT) {
        districts.add(unit);
      }
    }
    // A province whose districts are discussed one after another is the article's frame.
    for (AdminUnit d : districts) {
      gazetteer.provinceOf(d).filter(score::containsKey).ifPresent(p -> score.merge(p, 1, Integer::sum));
    }
    return score;
  }

  private static Set<AdminUnit> unitsOf(List<UnitMention> mentions, Map<AdminUnit, Integer> score) {
    Set<AdminUnit> out = new HashSet<>();
    for (UnitMention m : mentions) {
      m.candidates().stream().filter(score::containsKey).forEach(out::add);
    }
    return out;
  }

  private static Optional<AdminUnit> best(Map<AdminUnit, Integer> score, Set<AdminUnit> among) {
    return among.stream()
        .max(Comparator.comparingInt((AdminUnit u) -> score.getOrDefault(u, 0))
            .thenComparing(AdminUnit::code, Comparator.reverseOrder()));
  }

  private static long countOf(List<UnitMention> mentions, AdminUnit unit) {
    return mentions.stream().filter(m -> m.candidates().contains(unit)).count();
  }
}
