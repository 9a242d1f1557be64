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
}
