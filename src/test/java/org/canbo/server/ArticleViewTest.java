package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.junit.jupiter.api.Test;

/** The article view carries the locality's province and the article's own address. */
class ArticleViewTest {
  @Test
  void provinceAndUrlAreInTheArticleView() {
    Document d = Document.of("001", null, "Cao Lộc: Chuyển biến\nNội dung.",
        new ArticleMetadata("Cao Lộc: Chuyển biến", "2020-08-09", "LSO", null, "huyện Cao Lộc",
            "tỉnh Lạng Sơn", "https://baolangson.vn/cao-loc-501.html"));
    JsonNode view = new ObjectMapper().valueToTree(ArticleView.of(d));
    assertThat(view.get("province").asText()).isEqualTo("tỉnh Lạng Sơn");
    assertThat(view.get("url").asText()).isEqualTo("https://baolangson.vn/cao-loc-501.html");
    assertThat(view.get("locality").asText()).isEqualTo("huyện Cao Lộc");
  }

  @Test
  void unknownUrlIsNull() {
    Document d = Document.of("002", null, "Tiêu đề\nNội dung.",
        new ArticleMetadata("Tiêu đề", null, null, null, "cả nước", null, null));
    JsonNode view = new ObjectMapper().valueToTree(ArticleView.of(d));
    assertThat(view.get("url").isNull()).isTrue();
    assertThat(view.get("province").isNull()).isTrue();
  }
}
