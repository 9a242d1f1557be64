package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data table in an HTML page, end to end: ingest keeps it as rows with a header, and the figure
 * extractor reads each cell's column header as its category and its row head as its scope.
 */
class HtmlTableFiguresTest {
  private static final String PAGE = """
      <html><head><title>Kết quả công tác cán bộ năm 2022</title></head><body class="has-sidebar">
      <div class="nav-open"><nav><a href="/">Trang chủ</a> | <a href="/a">Tin tức</a></nav>
      <article><h1>Kết quả công tác cán bộ năm 2022 ở Lạng Sơn</h1>
      <p>Năm 2022, Ban Tổ chức Tỉnh ủy Lạng Sơn đã tổng hợp kết quả luân chuyển và kỷ luật cán bộ
      của các huyện trong tỉnh như sau.</p>
      <table><thead><tr><th>Huyện</th><th>Luân chuyển</th><th>Kỷ luật</th></tr></thead>
      <tbody><tr><td>Cao Lộc</td><td>12</td><td>3</td></tr>
      <tr><td>Văn Lãng</td><td>8</td><td>1</td></tr></tbody></table>
      </article></div><footer>Bản quyền thuộc về báo Lạng Sơn</footer></body></html>
      """;

  @Test
  void cellsTakeTheirColumnsCategoryAndTheirRowsUnit(@TempDir Path tmp) throws IOException {
    Path page = Files.writeString(tmp.resolve("bang.html"), PAGE);
    CliRun run = CliRun.of("extract", "--in-process", page.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> figures = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      figures.add(new ObjectMapper().readTree(line));
    }
    assertThat(figures).extracting(f -> f.get("value").asInt()).containsExactly(12, 3, 8, 1);
    assertThat(figures).extracting(f -> f.get("category").asText())
        .containsExactly("rotation", "discipline", "rotation", "discipline");
    assertThat(figures).extracting(f -> f.get("scope").asText())
        .containsExactly("huyện Cao Lộc", "huyện Cao Lộc", "huyện Văn Lãng", "huyện Văn Lãng");
  }
}
