package org.canbo.nlp.ner;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.canbo.text.ToneMarks;

/**
 * Normalises the written forms of administrative type words ("TX.", "Thị xã", "TP", "Tp.") to the
 * gazetteer's lower-case words ("thị xã", "thành phố").
 */
public final class TypeWords {
  private static final Map<String, String> FORMS =
      Map.ofEntries(
          Map.entry("tỉnh", "tỉnh"),
          Map.entry("thành phố", "thành phố"),
          Map.entry("tp", "thành phố"),
          Map.entry("tp.", "thành phố"),
          Map.entry("quận", "quận"),
          Map.entry("q.", "quận"),
          Map.entry("huyện", "huyện"),
          Map.entry("h.", "huyện"),
          Map.entry("thị xã", "thị xã"),
          Map.entry("tx", "thị xã"),
          Map.entry("tx.", "thị xã"),
          Map.entry("xã", "xã"),
          Map.entry("phường", "phường"),
          Map.entry("p.", "phường"),
          Map.entry("thị trấn", "thị trấn"),
          Map.entry("tt", "thị trấn"),
          Map.entry("tt.", "thị trấn"));

  private TypeWords() {}

  /** The canonical type word for a written form, empty when it is not one. */
  public static Optional<String> normalise(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String key = ToneMarks.canonical(written.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(FORMS.get(key));
  }
}
