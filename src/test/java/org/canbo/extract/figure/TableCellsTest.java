package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rows, headers and cells of the tables ingest writes, among prose lines. */
class TableCellsTest {
  private static final String TEXT = String.join("\n",
      "Kết quả luân chuyển cán bộ năm 2023 như sau:",
      "Huyện | Luân chuyển | Kỷ luật",
      "Cao Lộc | 12 | 3",
      "Văn Lãng | 7",
      "Trong đó có 5 nữ.",
      "Đơn vị | Số đảng viên",
      "Chi bộ A | 40 | 2");

  @Test
  void dataCellsGetTheirColumnHeaderAndRowHead() {
    TableCells t = TableCells.of(TEXT);
    assertThat(t.isEmpty()).isFalse();
    TableCells.Position p = t.at(TEXT.indexOf("12")).orElseThrow();
    assertThat(cell(p.header())).isEqualTo("Luân chuyển");
    assertThat(cell(p.rowHead())).isEqualTo("Cao Lộc");
    assertThat(cell(p.cell())).isEqualTo("12");
    assertThat(cell(t.at(TEXT.indexOf("3\n")).orElseThrow().header())).isEqualTo("Kỷ luật");
    assertThat(cell(t.at(TEXT.indexOf("7\n")).orElseThrow().rowHead())).isEqualTo("Văn Lãng");
  }

  @Test
  void proseEndsATableAndTheNextOneHasItsOwnHeader() {
    TableCells t = TableCells.of(TEXT);
    assertThat(t.at(TEXT.indexOf("5 nữ"))).isEmpty();
    assertThat(t.at(TEXT.indexOf("Luân chuyển"))).isEmpty(); // the header row itself
    TableCells.Position p = t.at(TEXT.indexOf("40")).orElseThrow();
    assertThat(cell(p.header())).isEqualTo("Số đảng viên");
    assertThat(t.at(TEXT.lastIndexOf("2")).orElseThrow().header()).isNull(); // past its width
  }

  @Test
  void textWithoutSeparatorsHasNoTable() {
    assertThat(TableCells.of("Huyện có 12 cán bộ luân chuyển.\nKhông có bảng|nào.").isEmpty())
        .isTrue();
    assertThat(TableCells.of("").isEmpty()).isTrue();
    assertThat(TableCells.of("A | B").isEmpty()).isFalse();
  }

  private static String cell(TableCells.Cell c) {
    return TEXT.substring(c.start(), c.end());
  }
}
