package org.canbo.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LineSegmenterTest {
  private static VietnameseSegmenter segmenter;

  @BeforeAll
  static void load() {
    segmenter = VietnameseSegmenter.load();
  }

  private static String run(String input, int maxChunk) throws IOException {
    StringWriter out = new StringWriter();
    new LineSegmenter(segmenter, maxChunk).run(new StringReader(input), out);
    return out.toString();
  }

  private static String nonSpace(String s) {
    return s.replaceAll("[\\s_\u00A0]", "");
  }

  @Test
  void writesOneLinePerInputLine() throws IOException {
    String input = "Đồng chí Hồ Văn Vịnh, Bí thư Thị ủy Quảng Yên\n\n   \nTP. Hạ Long 😀\r\nhết";
    String out = run(input, LineSegmenter.MAX_CHUNK);
    assertThat(out).isEqualTo(
        "Đồng_chí Hồ_Văn_Vịnh , Bí_thư Thị_ủy Quảng_Yên\n\n\nTP. Hạ_Long 😀\nhết\n");
  }

  @Test
  void keepsEveryNonSpaceCharacterOfLongLinesCutIntoChunks() throws IOException {
    String line = "Ban Thường vụ Huyện uỷ đã luân chuyển 9 đồng chí (96,9%). ".repeat(2000);
    String input = line + "\n" + "x".repeat(5000) + "\n";
    String out = run(input, 1000);
    assertThat(out.split("\n", -1)).hasSize(3);
    assertThat(nonSpace(out)).isEqualTo(nonSpace(input));
    assertThat(out).doesNotContain("  ").contains("Huyện_uỷ");
  }

  @Test
  void emptyInputGivesEmptyOutput() throws IOException {
    assertThat(run("", 100)).isEmpty();
    assertThat(run("\n", 100)).isEqualTo("\n");
  }
}
