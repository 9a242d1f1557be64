package org.canbo.ingest.metadata;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.canbo.nlp.ner.AdminUnit;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.text.Diacritics;

/**
 * Maps a newspaper's source tag to the province it serves: provincial party papers sign with an
 * acronym ("LSO" Lạng Sơn, "ĐBP" Điện Biên Phủ) or a domain that spells the province
 * ("Baohatinh.vn").
 */
public final class ProvincialPapers {
  /** Acronyms of provincial papers whose tag does not spell the province. */
  private static final Map<String, String> ACRONYMS =
      Map.ofEntries(
          Map.entry("LSO", "Lạng Sơn"),
          Map.entry("ĐBP", "Điện Biên"),
          Map.entry("HNM", "Hà Nội"),
          Map.entry("QNO", "Quảng Ninh"),
          Map.entry("BBG", "Bắc Giang"),
          Map.entry("BHG", "Hà Giang"),
          Map.entry("BLC", "Lào Cai"),
          Map.entry("BYB", "Yên Bái"),
          Map.entry("BTN", "Tây Ninh"),
          Map.entry("BHD", "Hải Dương"),
          Map.entry("BQNg", "Quảng Ngãi"),
          Map.entry("BVP", "Vĩnh Phúc"));

  private final Gazetteer gazetteer;

  public ProvincialPapers(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The province the paper behind this tag serves, if known. */
  public Optional<AdminUnit> provinceOf(String sourceTag) {
    if (sourceTag == null || sourceTag.isBlank()) {
      return Optional.empty();
    }
    String acronymProvince = ACRONYMS.get(sourceTag.strip());
    if (acronymProvince != null) {
      return province(acronymProvince);
    }
    // "Baohatinh.vn", "baoquangninh.com.vn": the domain spells the province without spaces.
    String slug = Diacritics.fold(sourceTag).toLowerCase(Locale.ROOT).replaceAll("\\..*$", "");
    if (!slug.startsWith("bao") || slug.length() < 6) {
      return Optional.empty();
    }
    String spelled = slug.substring(3);
    return gazetteer.provinces().stream()
        .filter(p -> Diacritics.fold(p.name()).toLowerCase(Locale.ROOT).replace(" ", "").equals(spelled))
        .findFirst();
  }

  private Optional<AdminUnit> province(String name) {
    return gazetteer.find(name).stream().filter(u -> u.level() == AdminUnit.Level.PROVINCE).findFirst();
  }
}
