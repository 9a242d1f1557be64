package org.canbo.extract.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.extract.place.PlaceFinder;
import org.canbo.model.OrganisationMention;
import org.canbo.model.PlaceMention;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.UnitVocabulary;
import org.canbo.text.GatedMatcher;
import org.canbo.text.ToneMarks;

/**
 * Finds party and state bodies as written ("Ban Thường vụ Huyện ủy Cao Lộc", "UBND TX Quảng Yên",
 * "Sở NN&PTNT", "Bộ Chính trị"), a board joined to the body it belongs to, with the place attached
 * as locality and a name with abbreviations expanded ("Ủy ban nhân dân thị xã Quảng Yên");
 * immutable and thread-safe.
 */
public final class OrganisationFinder {
  /** "Phó Bí thư Thường trực Huyện ủy": "Thường trực" belongs to the title there. */
  private static final Pattern TITLE_BEFORE = Pattern.compile("(?iu)bí thư\\s+$");

  private final BodyVocabulary vocabulary;
  private final UnitVocabulary units;
  private final PlaceFinder places;
  /** A level written after a body without a name ("UBND tỉnh", "Đảng bộ huyện", "UBND TX"). */
  private final Pattern level;

  /** Loads the body vocabulary from the classpath and finds localities with {@code gazetteer}. */
  public OrganisationFinder(Gazetteer gazetteer) {
    this(new PlaceFinder(gazetteer));
  }

  /** Finds localities with {@code places}, and levels with the type words it reads. */
  public OrganisationFinder(PlaceFinder places) {
    this.vocabulary = BodyVocabulary.load();
    this.units = places.vocabulary();
    this.places = places;
    this.level = Pattern.compile("(?:(?iu:" + UnitVocabulary.alternation(units.typeWords(t -> true), false)
        + ")|" + UnitVocabulary.alternation(units.abbreviations(t -> true), false)
        + ")(?![\\p{L}.])(?!\\s+\\p{Lu})");
  }

  /** Bodies of one clean text, in text order. */
  public List<OrganisationMention> find(String docId, String text) {
    return find(docId, text, places.find(docId, text));
  }

  /** Bodies of one clean text whose places were already found (localities come from them). */
  public List<OrganisationMention> find(String docId, String text, List<PlaceMention> placesInText) {
    return find(docId, text, ToneMarks.canonical(text), placesInText);
  }

  /** As {@link #find(String, String, List)}, {@code canonical} being the text with canonical tone marks. */
  public List<OrganisationMention> find(String docId, String text, String canonical,
      List<PlaceMention> placesInText) {
    List<OrganisationMention> out = new ArrayList<>();
    GatedMatcher bodies = vocabulary.finder(canonical);
    int from = 0;
    while (from < canonical.length() && bodies.find(from)) {
      Matcher m = bodies.matcher();
      from = m.end();
      BodyForm first = vocabulary.formOf(m.group());
      if (first == null || skipped(first, canonical, m.start())) {
        continue;
      }
      List<BodyForm> parts = new ArrayList<>(List.of(first));
      int end = m.end();
      while (parts.get(parts.size() - 1).role() != BodyForm.Role.BODY) {
        int next = skipSpaces(canonical, end);
        Matcher n = vocabulary.matcher(canonical).region(next, canonical.length());
        BodyForm f = n.lookingAt() ? vocabulary.formOf(n.group()) : null;
        if (f == null) {
          break;
        }
        parts.add(f);
        end = n.end();
      }
      OrganisationMention found = mention(docId, text, canonical, m.start(), end, parts, placesInText);
      if (parts.size() == 1 && first.role() == BodyForm.Role.PART && found.end() == end) {
        continue; // "Thường trực", "Thanh tra" alone are a duty or a verb, not a body
      }
      out.add(found);
      from = found.end();
    }
    return List.copyOf(out);
  }

  private OrganisationMention mention(String docId, String text, String canonical, int start,
      int end, List<BodyForm> parts, List<PlaceMention> placesInText) {
    StringBuilder name = new StringBuilder();
    parts.forEach(p -> name.append(name.length() == 0 ? "" : " ").append(p.name()));
    int next = skipSpaces(canonical, end);
    String locality = null;
    PlaceMention place = placeAt(placesInText, next);
    if (place != null) {
      boolean typed = !canonical.startsWith(ToneMarks.canonical(place.name()), place.start());
      name.append(' ').append(typed ? place.type() + " " + place.name() : place.name());
      locality = place.type() + " " + place.name();
      end = place.end();
    } else {
      Matcher written = level.matcher(canonical).region(next, canonical.length());
      if (next > end && written.lookingAt()) {
        String word = written.group();
        name.append(' ').append(units.typeOf(word).orElse(word.toLowerCase()));
        end = written.end();
      }
    }
    return new OrganisationMention(text.substring(start, end), name.toString(),
        parts.get(0).kind(), locality, docId, start, end);
  }

  private static PlaceMention placeAt(List<PlaceMention> places, int position) {
    for (PlaceMention p : places) {
      if (p.start() == position) {
        return p;
      }
    }
    return null;
  }

  private static boolean skipped(BodyForm form, String canonical, int start) {
    return "Thường trực".equals(form.form())
        && TITLE_BEFORE.matcher(canonical.substring(Math.max(0, start - 12), start)).find();
  }

  private static int skipSpaces(String s, int i) {
    int j = i;
    while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\u00A0')) {
      j++;
    }
    return j;
  }
}
