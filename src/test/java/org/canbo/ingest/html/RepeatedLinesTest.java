package org.canbo.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedLinesTest {
  @Test
  void aLongParagraphPrintedTwiceIsKeptOnce() {
    String caption = "Đồng chí Hồ Văn Vịnh, Bí thư Thị ủy Quảng Yên, phát biểu tại hội nghị.";
    String text = caption + "\nẢnh: Nguyễn Chiến\n" + caption + "\nẢnh: Nguyễn Chiến\nNội dung bài";
    assertThat(RepeatedLines.drop(text))
        .isEqualTo(caption + "\nẢnh: Nguyễn Chiến\nẢnh: Nguyễn Chiến\nNội dung bài");
  }

  @Test
  void tableRowsMayRepeat() {
    String text = "Đơn vị | Nam | Nữ | Tổng | Ghi chú | Năm\nA | 1 | 2 | 3 | x | 2020\nA | 1 | 2 | 3 | x | 2020";
    assertThat(RepeatedLines.drop(text)).isEqualTo(text);
  }
}
