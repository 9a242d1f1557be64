package org.canbo.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.canbo.text.TsvResource;
import org.junit.jupiter.api.Test;

/** The one vocabulary of type words and committees, and how its file is checked at load. */
class UnitVocabularyTest {
  private static final UnitVocabulary UNITS = UnitVocabulary.load();

  @Test
  void typeWordsAndAbbreviationsAsNewsWritesThem() {
    assertThat(UNITS.typeOf("TX.")).contains("thị xã");
    assertThat(UNITS.typeOf("Tp")).contains("thành phố");
    assertThat(UNITS.typeOf("Thị trấn")).contains("thị trấn");
    assertThat(UNITS.typeOf("TT")).contains("thị trấn");
    assertThat(UNITS.typeOf("Huyện ủy")).isEmpty();
  }

  @Test
  void committeesLeadTheUnitOfTheirLevel() {
    assertThat(UNITS.committeeType("Thị uỷ")).contains("thị xã");
    assertThat(UNITS.committeeType("Thành ủy")).contains("thành phố");
    assertThat(UNITS.committeeType("Đảng ủy")).isEmpty();
    assertThat(UNITS.committees()).contains("Tỉnh ủy", "Huyện ủy", "Quận ủy");
  }

  @Test
  void theGazetteerSharesTheVocabularyItLoaded() {
    Gazetteer gazetteer = Gazetteer.load();
    assertThat(gazetteer.find("TX.", "Quảng Yên")).extracting(AdminUnit::nameWithType)
        .containsExactly("thị xã Quảng Yên");
    assertThat(gazetteer.typesAt(AdminUnit.Level.DISTRICT))
        .contains("huyện", "quận", "thị xã", "thành phố").doesNotContain("xã", "phường");
    assertThat(UNITS.typeWords(gazetteer.typesAt(AdminUnit.Level.COMMUNE)::contains))
        .containsExactly("thị trấn", "xã", "phường");
  }

  @Test
  void anUnknownRowTypeIsRefusedNamingFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read("# units\ntype\thuyện\thuyện\nlevel\thuyện\tdistrict\n"));
    assertThat(e).hasMessageContaining("units.tsv line 3")
        .hasMessageContaining("unknown row type 'level'");
  }

  @Test
  void anAbbreviationOfNoListedTypeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read("type\thuyện\thuyện\nabbr\tTX\tthị xã\n"));
    assertThat(e).hasMessageContaining("'TX'").hasMessageContaining("thị xã");
  }

  private static UnitVocabulary read(String tsv) throws IOException {
    return UnitVocabulary.read(TsvResource.lines(
        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "units.tsv"));
  }
}
