package org.canbo.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.canbo.model.PlaceMention;
import org.canbo.nlp.ner.AdminUnit;
import org.canbo.nlp.ner.Gazetteer;

/**
 * Picks one unit for names shared by several units of the same type ("xã Thuận Sơn", "huyện Châu
 * Thành"): the one inside a unit the article names unambiguously, else inside the article's most
 * named province, else the one that existed before the 2025 reform; a name still ambiguous keeps
 * no code.
 */
final class PlaceDisambiguator {
  private final Gazetteer gazetteer;

  PlaceDisambiguator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<PlaceMention> resolve(String docId, String text, List<PlaceCandidate> candidates) {
    Set<String> context = new HashSet<>();
    Map<String, Integer> provinces = new HashMap<>();
    for (PlaceCandidate c : candidates) {
      if (c.units().size() == 1) {
        AdminUnit u = c.units().get(0);
        for (AdminUnit a = u; a != null; a = gazetteer.parentOf(a).orElse(null)) {
          context.add(a.code());
        }
        gazetteer.provinceOf(u).ifPresent(p -> provinces.merge(p.code(), 1, Integer::sum));
      }
    }
    List<PlaceMention> out = new ArrayList<>(candidates.size());
    for (PlaceCandidate c : candidates) {
      Optional<AdminUnit> unit = choose(c.units(), context, provinces);
      String written = text.substring(c.start(), c.end());
      if (unit.isPresent()) {
        AdminUnit u = unit.get();
        out.add(new PlaceMention(written, u.type(), u.name(), provinceName(u), u.code(), docId,
            c.start(), c.end()));
      } else {
        AdminUnit any = c.units().get(0);
        String province = sharedProvince(c.units());
        out.add(new PlaceMention(written, any.type(), any.name(), province, null, docId, c.start(),
            c.end()));
      }
    }
    return List.copyOf(out);
  }

  private Optional<AdminUnit> choose(List<AdminUnit> units, Set<String> context,
      Map<String, Integer> provinces) {
    if (units.size() == 1) {
      return Optional.of(units.get(0));
    }
    Comparator<AdminUnit> byScore = Comparator.comparingInt(u -> score(u, context, provinces));
    List<AdminUnit> ranked = units.stream().sorted(byScore.reversed()).toList();
    int best = score(ranked.get(0), context, provinces);
    if (best > 0 && score(ranked.get(1), context, provinces) < best) {
      return Optional.of(ranked.get(0));
    }
    if (best > 0) {
      return Optional.empty();
    }
    // No context: "Thành ủy Huế" is the city of Thừa Thiên Huế before 2025 and a province after;
    // the archive is mostly older, so the unit that existed before the reform wins.
    List<AdminUnit> older = units.stream().filter(u -> u.era() != AdminUnit.Era.NEW).toList();
    return older.size() == 1 ? Optional.of(older.get(0)) : Optional.empty();
  }

  /** Parent named in the article weighs more than a province merely mentioned. */
  private int score(AdminUnit u, Set<String> context, Map<String, Integer> provinces) {
    int s = 0;
    AdminUnit parent = gazetteer.parentOf(u).orElse(null);
    if (parent != null && context.contains(parent.code())) {
      s += 1000;
    }
    Optional<AdminUnit> province = gazetteer.provinceOf(u);
    if (province.isPresent()) {
      s += provinces.getOrDefault(province.get().code(), 0);
    }
    return s;
  }

  private String provinceName(AdminUnit u) {
    return gazetteer.provinceOf(u).map(AdminUnit::nameWithType).orElse(null);
  }

  private String sharedProvince(List<AdminUnit> units) {
    Set<String> names = new HashSet<>();
    units.forEach(u -> names.add(provinceName(u)));
    return names.size() == 1 ? names.iterator().next() : null;
  }
}
