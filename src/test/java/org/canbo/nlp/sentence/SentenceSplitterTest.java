package org.canbo.nlp.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter(name -> name.equals("Hà Nội"));

  @Test
  void splitsOnFullStopsAndLinesWithOffsets() {
    String text = "Năm 2018 có 9 cán bộ. Trong đó, 2 nữ.\nDòng hai";
    List<Sentence> s = splitter.split(text);
    assertThat(s).extracting(x -> x.text(text))
        .containsExactly("Năm 2018 có 9 cán bộ.", "Trong đó, 2 nữ.", "Dòng hai");
    assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
  }

  @Test
  void keepsAbbreviationsBeforePlaceNames() {
    String text = "Chủ tịch HĐND TP. Hà Nội nhấn mạnh. Tiếp theo là UBND tỉnh, TP. Trong số đó";
    assertThat(splitter.split(text)).extracting(x -> x.text(text)).containsExactly(
        "Chủ tịch HĐND TP. Hà Nội nhấn mạnh.", "Tiếp theo là UBND tỉnh, TP.", "Trong số đó");
  }

  /** Text from the seeds and dev excerpts: "đào tạo... Trong đó", "…" and a closing quote. */
  @Test
  void aSentenceKeepsTheMarksThatCloseIt() {
    String text = "đến chất lượng đánh giá sử dụng, đào tạo... Trong đó, cần chủ động đào tạo. "
        + "Ông nói: \"Phải làm ngay.\" Sau đó (xem Quy định 205.) Hết câu! Tiếp";
    assertThat(splitter.split(text)).extracting(x -> x.text(text)).containsExactly(
        "đến chất lượng đánh giá sử dụng, đào tạo...", "Trong đó, cần chủ động đào tạo.",
        "Ông nói: \"Phải làm ngay.\"", "Sau đó (xem Quy định 205.)", "Hết câu!", "Tiếp");
    String quoted = "là “then chốt của then chốt.” Mọi sự thành bại";
    assertThat(splitter.split(quoted)).extracting(x -> x.text(quoted))
        .containsExactly("là “then chốt của then chốt.”", "Mọi sự thành bại");
  }
}
