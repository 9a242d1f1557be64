package org.canbo.extract.official;

import java.util.List;
import java.util.Optional;
import org.canbo.nlp.ner.AdminUnit;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.UnitVocabulary;

/**
 * Resolves the place a post belongs to: the place the title names ("Bí thư Thị ủy Quảng Yên" →
 * thị xã Quảng Yên, in Quảng Ninh), else, for the committee of a level ("Phó Trưởng Ban Tổ chức
 * Huyện uỷ"), the article's own locality when it is a unit of that level. Stateless.
 */
final class LocalityResolver {
  /** A resolved place: as the gold writes it (type word first) and its province, type word first like places ("tỉnh Quảng Ninh"). */
  record Locality(String name, String province) {}

  private final Gazetteer gazetteer;
  private final UnitVocabulary vocabulary;

  LocalityResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.vocabulary = gazetteer.vocabulary();
  }

  /** The place of {@code title}; {@code article}: the {@link #unitOf unit} of the article. */
  Optional<Locality> resolve(TitlePhrase title, Optional<AdminUnit> article) {
    if (title.placeName() != null) {
      List<AdminUnit> units = title.placeType() == null ? gazetteer.find(title.placeName())
          : gazetteer.find(title.placeType(), title.placeName());
      if (units.isEmpty()) {
        return Optional.of(new Locality(title.placeName(), null));
      }
      AdminUnit unit = units.stream()
          .filter(u -> article.isPresent() && sameProvince(u, article.get()))
          .findFirst().orElse(units.get(0));
      return Optional.of(locality(unit));
    }
    String level = vocabulary.committeeType(title.bodyType())
        .or(() -> vocabulary.typeOf(title.bodyType())).orElse(null);
    if (level != null && article.isPresent() && article.get().type().equals(level)) {
      return Optional.of(locality(article.get()));
    }
    return Optional.empty();
  }

  private Locality locality(AdminUnit unit) {
    return new Locality(unit.nameWithType(), gazetteer.provinceOf(unit).map(AdminUnit::nameWithType).orElse(null));
  }

  private boolean sameProvince(AdminUnit a, AdminUnit b) {
    return gazetteer.provinceOf(a).equals(gazetteer.provinceOf(b));
  }

  /** The unit of a locality written "thị xã Quảng Yên" / "tỉnh Điện Biên". */
  Optional<AdminUnit> unitOf(String locality) {
    if (locality == null) {
      return Optional.empty();
    }
    String[] w = locality.strip().split("\\s+");
    for (int typeWords = 2; typeWords >= 1; typeWords--) {
      if (w.length <= typeWords) {
        continue;
      }
      String type = String.join(" ", java.util.Arrays.copyOfRange(w, 0, typeWords));
      if (vocabulary.typeOf(type).isPresent()) {
        String name = String.join(" ", java.util.Arrays.copyOfRange(w, typeWords, w.length));
        return gazetteer.find(type, name).stream().findFirst();
      }
    }
    return Optional.empty();
  }
}
