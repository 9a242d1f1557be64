package org.canbo.extract.official;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canbo.model.Official;
import org.canbo.nlp.ner.Gazetteer;

/**
 * Merges the mentions of one document into officials: one per name regardless of tone-mark
 * placement and case ("Hòa"/"Hoà"), titles united in order of appearance (each once, compared the
 * same way), place and provenance from the first mention, confidence from the evidence of all
 * mentions ({@link OfficialConfidence}); the byline's name is dropped.
 */
final class OfficialMerger {
  /** One linked mention: name as printed, titles as printed, its place, provenance, evidence. */
  record Mention(String name, List<String> titles, LocalityResolver.Locality locality,
      int sentence, int start, int end, MentionEvidence evidence) {}

  private final String doc;
  private final String byline;
  private final Map<String, List<Mention>> byName = new LinkedHashMap<>();

  OfficialMerger(String doc, String byline) {
    this.doc = doc;
    this.byline = byline == null ? null : Gazetteer.key(byline);
  }

  void add(Mention m) {
    String key = Gazetteer.key(m.name());
    if (!key.equals(byline)) {
      byName.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
  }

  List<Official> officials() {
    List<Official> out = new ArrayList<>();
    for (List<Mention> mentions : byName.values()) {
      Map<String, String> titles = new LinkedHashMap<>();
      LocalityResolver.Locality locality = null;
      for (Mention m : mentions) {
        m.titles().forEach(t -> titles.putIfAbsent(Gazetteer.key(t), t));
        locality = locality == null ? m.locality() : locality;
      }
      Mention first = mentions.get(0);
      double confidence = OfficialConfidence.of(mentions.stream().map(Mention::evidence).toList());
      out.add(new Official(first.name(), List.copyOf(titles.values()),
          locality == null ? null : locality.name(), locality == null ? null : locality.province(),
          doc, first.sentence(), first.start(), first.end(), confidence));
    }
    return out;
  }
}
