package org.canbo.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.canbo.model.PlaceMention;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.text.TextCleaner;
import org.junit.jupiter.api.Test;

/** Gazetteer-backed places: type words, committees, provinces, shared names, levels. */
class PlaceFinderTest {
  private static final PlaceFinder FINDER = new PlaceFinder(Gazetteer.load());

  private static List<PlaceMention> find(String text) {
    List<PlaceMention> found = FINDER.find("t", text);
    found.forEach(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
    return found;
  }

  @Test
  void districtGetsItsProvince() {
    assertThat(find("Huyện Điện Biên Đông luân chuyển cán bộ; huyện Thanh Trì cũng vậy."))
        .extracting(PlaceMention::text, PlaceMention::type, PlaceMention::name, PlaceMention::province)
        .containsExactly(
            tuple("Huyện Điện Biên Đông", "huyện", "Điện Biên Đông", "tỉnh Điện Biên"),
            tuple("huyện Thanh Trì", "huyện", "Thanh Trì", "thành phố Hà Nội"));
  }

  @Test
  void abbreviatedTypeWords() {
    assertThat(find("TX. Quảng Yên, TX Kỳ Anh và TP. Hà Nội"))
        .extracting(PlaceMention::text, PlaceMention::type, PlaceMention::name, PlaceMention::province,
            PlaceMention::code)
        .containsExactly(
            tuple("TX. Quảng Yên", "thị xã", "Quảng Yên", "tỉnh Quảng Ninh", "206"),
            tuple("TX Kỳ Anh", "thị xã", "Kỳ Anh", "tỉnh Hà Tĩnh", "449"),
            tuple("TP. Hà Nội", "thành phố", "Hà Nội", "thành phố Hà Nội", "01"));
  }

  @Test
  void typeWordDecidesBetweenUnitsOfOneName() {
    // Kỳ Anh is both a huyện and a thị xã of Hà Tĩnh; Quảng Yên a thị xã and a phường.
    assertThat(find("huyện Kỳ Anh")).extracting(PlaceMention::code).containsExactly("447");
    assertThat(find("phường Quảng Yên")).extracting(PlaceMention::type).containsExactly("phường");
  }

  @Test
  void unitsInsideBodyNames() {
    assertThat(find("Huyện ủy Cao Lộc, Thành ủy Hà Nội và UBND TX Quảng Yên"))
        .extracting(PlaceMention::text, PlaceMention::type, PlaceMention::province)
        .containsExactly(
            tuple("Cao Lộc", "huyện", "tỉnh Lạng Sơn"),
            tuple("Hà Nội", "thành phố", "thành phố Hà Nội"),
            tuple("TX Quảng Yên", "thị xã", "tỉnh Quảng Ninh"));
  }

  @Test
  void levelsAreNotPlaces() {
    assertThat(find("cán bộ cấp huyện, cấp xã và cơ sở; các tỉnh, thành phố")).isEmpty();
  }

  @Test
  void listedCommunesResolvedByTheArticlesDistrict() {
    List<PlaceMention> found = find("Huyện ủy Đô Lương luân chuyển cán bộ về các xã Thuận Sơn, Đà Sơn và Mỹ Sơn.");
    assertThat(found).extracting(PlaceMention::name, PlaceMention::province)
        .containsExactly(tuple("Đô Lương", "tỉnh Nghệ An"), tuple("Thuận Sơn", "tỉnh Nghệ An"),
            tuple("Đà Sơn", "tỉnh Nghệ An"), tuple("Mỹ Sơn", "tỉnh Nghệ An"));
    assertThat(found).allSatisfy(p -> assertThat(p.code()).isNotNull());
  }

  @Test
  void sharedNameWithoutContextKeepsNoCode() {
    // Châu Thành is a huyện of ten provinces.
    PlaceMention p = find("huyện Châu Thành").get(0);
    assertThat(p.code()).isNull();
    assertThat(p.province()).isNull();
    PlaceMention q = find("tỉnh Tây Ninh có huyện Châu Thành").get(1);
    assertThat(q.province()).isEqualTo("tỉnh Tây Ninh");
  }

  @Test
  void seedPlaces() throws IOException {
    String text = new TextCleaner().clean(Files.readString(Path.of("corpus/003_e149c863b3391813.txt"))).text();
    assertThat(find(text)).extracting(PlaceMention::province).contains("tỉnh Điện Biên").doesNotContainNull();
  }
}
