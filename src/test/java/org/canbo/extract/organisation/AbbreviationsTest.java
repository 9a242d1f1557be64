package org.canbo.extract.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The abbreviation table both ways. */
class AbbreviationsTest {
  private final Abbreviations table = Abbreviations.load();

  @Test
  void expandsAndAbbreviates() {
    assertThat(table.expand("UBND")).contains("Ủy ban nhân dân");
    assertThat(table.expand("TW")).contains("Trung ương");
    assertThat(table.expand("T.Ư")).contains("Trung ương");
    assertThat(table.expand("NN&PTNT")).contains("Nông nghiệp và Phát triển nông thôn");
    assertThat(table.expand("ubnd")).isEmpty();
    assertThat(table.abbreviationsOf("uỷ ban nhân dân")).containsExactly("UBND");
    assertThat(table.abbreviationsOf("Trung ương")).contains("TW", "T.Ư");
  }

  @Test
  void expandsWholeTokensInText() {
    assertThat(table.expandAll("Chủ tịch UBND TX Quảng Yên, Sở NN&PTNT, UBNDX"))
        .isEqualTo("Chủ tịch Ủy ban nhân dân thị xã Quảng Yên, Sở Nông nghiệp và Phát triển nông thôn, UBNDX");
  }

  @Test
  void badTableFails() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Abbreviations.read(new ByteArrayInputStream("UBND\n".getBytes(StandardCharsets.UTF_8))));
    assertThat(e.getMessage()).contains("line 1");
  }
}
