package org.canbo.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Datelines wherever the date stands in the line, and the lines that hold none. */
class DatelineParserTest {
  private final DatelineParser parser = new DatelineParser();

  private Optional<String> iso(String line) {
    return parser.parseLine(0, line).map(DatelineParser.Dateline::iso);
  }

  @Test
  void aDatelineGivesItsIsoDateWhereverTheDateStands() {
    assertThat(iso("03/10/2018")).contains("2018-10-03");
    assertThat(iso("Thứ Năm, 30/05/2019, 07:35")).contains("2019-05-30");
    assertThat(iso("Ngày đăng: 10/01/2016")).contains("2016-01-10");
    assertThat(iso("27/07/2023 6:26 PM")).contains("2023-07-27");
    assertThat(iso("Cập nhật ngày 9 tháng 2 năm 2001")).contains("2001-02-09");
    assertThat(iso("1.2.1999")).contains("1999-02-01");
  }

  @Test
  void linesWithoutAYearOrWithADateInsideASentenceAreNoDateline() {
    assertThat(iso("Sáng nay (6/10), hội nghị khai mạc tại Hà Nội")).isEmpty();
    assertThat(iso("Ngày 8/5/2020, Trung tâm Y tế huyện tổ chức hội nghị tổng kết năm")).isEmpty();
    assertThat(iso("Năm 1990 đến 2020 có 30 năm")).isEmpty();
    assertThat(iso("")).isEmpty();
  }

  @Test
  void theLeadGivesTodayWithoutAYear() {
    assertThat(parser.findLeadToday(List.of("Sáng nay (6/10), hội nghị khai mạc")))
        .contains("--10-06");
    assertThat(parser.findLeadToday(List.of("Sáng nay, hội nghị khai mạc (Hà Nội)"))).isEmpty();
  }
}
