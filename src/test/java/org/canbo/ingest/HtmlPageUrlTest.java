package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article's own address from an HTML head: canonical link first, then og:url, else none. */
class HtmlPageUrlTest {
  private static final String BODY = "<body><h1>Luân chuyển cán bộ ở Cao Lộc</h1><p>Từ năm 2014 "
      + "đến nay, Ban Thường vụ Huyện ủy đã luân chuyển 9 đồng chí về cơ sở.</p></body>";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      canonical                | <link rel="canonical" href="https://baolangson.vn/a-501.html"> | https://baolangson.vn/a-501.html
      canonical before og:url  | <meta property="og:url" content="https://m.baolangson.vn/a-501"><link rel="canonical" href="https://baolangson.vn/a-501.html"> | https://baolangson.vn/a-501.html
      og:url alone             | <meta property="og:url" content="https://baolangson.vn/a-501.html"> | https://baolangson.vn/a-501.html
      relative, with base      | <base href="https://dangcongsan.vn/xay-dung-dang/"><link rel="canonical" href="bai-1.html"> | https://dangcongsan.vn/xay-dung-dang/bai-1.html
      relative, no base        | <link rel="canonical" href="/bai-1.html"><meta property="og:url" content="https://dangcongsan.vn/bai-1.html"> | https://dangcongsan.vn/bai-1.html
      only relative            | <link rel="canonical" href="/bai-1.html"> | null
      not a web address        | <meta property="og:url" content="javascript:alert(1)"> | null
      none                     | <title>Luân chuyển cán bộ ở Cao Lộc</title> | null
      """)
  void url(String name, String head, String expected) throws IOException {
    String page = "<html><head><meta charset=\"utf-8\">" + head + "</head>" + BODY + "</html>";
    ParseOutcome outcome = new HtmlPageReader(IngestLimits.DEFAULTS)
        .read(page.getBytes(StandardCharsets.UTF_8));
    assertThat(outcome).isInstanceOf(ParseOutcome.Success.class);
    assertThat(((ParseOutcome.Success) outcome).parsed().properties().get(ParsedText.URL))
        .isEqualTo(expected);
  }
}
