package org.canbo.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lookups in the bundled gazetteer. */
class GazetteerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
  }

  @Test
  void loadsAllThreeTiersAndThe2025Provinces() {
    assertThat(gazetteer.size()).isGreaterThan(11_000);
    assertThat(gazetteer.provinces()).filteredOn(u -> u.era() != AdminUnit.Era.OLD).hasSize(34);
    assertThat(gazetteer.find("thành phố", "Huế"))
        .anyMatch(u -> u.era() == AdminUnit.Era.NEW && u.level() == AdminUnit.Level.PROVINCE);
  }

  @Test
  void districtAndItsProvince() {
    List<AdminUnit> units = gazetteer.find("huyện", "Điện Biên Đông");
    assertThat(units).hasSize(1);
    assertThat(gazetteer.provinceOf(units.get(0)).orElseThrow().nameWithType()).isEqualTo("tỉnh Điện Biên");
  }

  @Test
  void townWrittenWithAbbreviation() {
    AdminUnit quangYen = gazetteer.find("TX.", "Quảng Yên").get(0);
    assertThat(quangYen.nameWithType()).isEqualTo("thị xã Quảng Yên");
    assertThat(quangYen.level()).isEqualTo(AdminUnit.Level.DISTRICT);
    assertThat(gazetteer.provinceOf(quangYen).orElseThrow().nameWithType()).isEqualTo("tỉnh Quảng Ninh");
  }

  @Test
  void toneMarkPlacementAndCaseDoNotMatter() {
    assertThat(gazetteer.find("Hoà Bình")).isNotEmpty().isEqualTo(gazetteer.find("hòa bình"));
    assertThat(gazetteer.find("tỉnh", "HOÀ BÌNH")).extracting(AdminUnit::code).containsExactly("17");
  }

  @Test
  void districtOfTheCapital() {
    AdminUnit thanhTri = gazetteer.find("Huyện", "Thanh Trì").get(0);
    assertThat(gazetteer.parentOf(thanhTri).orElseThrow().nameWithType()).isEqualTo("thành phố Hà Nội");
  }

  @Test
  void typeWordForms() {
    UnitVocabulary words = gazetteer.vocabulary();
    assertThat(words.typeOf("TX")).contains("thị xã");
    assertThat(words.typeOf("Thị xã")).contains("thị xã");
    assertThat(words.typeOf("TP.")).contains("thành phố");
    assertThat(words.typeOf("Thành phố")).contains("thành phố");
    assertThat(words.typeOf("tt")).contains("thị trấn");
    assertThat(words.typeOf("Đảng bộ")).isEmpty();
    assertThat(words.committeeType("Huyện uỷ")).contains("huyện");
    assertThat(words.committeeType("huyện")).isEmpty();
    assertThat(gazetteer.find("làng", "Cao Lộc")).isEmpty();
  }

  @Test
  void malformedResourceLineIsRejectedWithItsNumber() {
    byte[] bad = "# header\n01\ttỉnh\tHà Nội\n".getBytes(StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.read(new ByteArrayInputStream(bad)));
    assertThat(e).hasMessageContaining("line 2");
  }
}
