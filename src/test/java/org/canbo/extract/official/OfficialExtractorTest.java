package org.canbo.extract.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Official;
import org.junit.jupiter.api.Test;

/** Patterns of posts and names, on snippets. */
class OfficialExtractorTest {
  private static List<Official> extract(String text) {
    return OfficialTestSupport.extract(text);
  }

  @Test
  void chainOfPostsAfterTheName() {
    assertThat(extract("Đồng chí Lê Minh Giang - Phó Bí thư Thường trực Huyện ủy - Chủ tịch HĐND"
        + " huyện trao quyết định."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Lê Minh Giang",
            List.of("Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện")));
  }

  @Test
  void chainOfPostsBeforeTheName() {
    assertThat(extract("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Nguyễn Văn An", List.of("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")));
  }

  @Test
  void formerPostsAndNewPostsAreTitles() {
    assertThat(extract("Ông Nguyễn Văn Vịnh, cựu Bí thư Tỉnh ủy Lào Cai, bị khai trừ Đảng."))
        .extracting(Official::name, Official::titles, Official::orgLocality)
        .containsExactly(tuple("Nguyễn Văn Vịnh", List.of("cựu Bí thư Tỉnh ủy Lào Cai"),
            "tỉnh Lào Cai"));
    assertThat(extract("Bí thư Tỉnh ủy Kiên Giang Nguyễn Thanh Nghị được điều động, bổ nhiệm giữ"
        + " chức Thứ trưởng Bộ Xây dựng."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Nguyễn Thanh Nghị",
            List.of("Bí thư Tỉnh ủy Kiên Giang", "Thứ trưởng Bộ Xây dựng")));
  }

  @Test
  void mentionsMergeAcrossToneMarkVariants() {
    List<Official> found = extract("Ông Trần Văn Hoà, Bí thư Huyện ủy, phát biểu. Sau đó, Chủ tịch"
        + " HĐND huyện Trần Văn Hòa kết luận.");
    assertThat(found).extracting(Official::name, Official::titles)
        .containsExactly(tuple("Trần Văn Hoà", List.of("Bí thư Huyện ủy", "Chủ tịch HĐND huyện")));
    assertThat(found.get(0).sentence()).isZero();
  }

  @Test
  void photoCreditsAndUnnamedPostsAreNotOfficials() {
    assertThat(extract("Phó Chủ tịch UBND tỉnh cho rằng cần đổi mới. Lãnh đạo huyện kiểm tra."
        + " Ảnh: Nguyễn Chiến")).isEmpty();
    assertThat(extract("Chủ tịch HĐND Thành phố kiểm tra tại Sở - Ảnh: VGP/Nguyễn Hoàng")).isEmpty();
  }

  @Test
  void theBylineIsNotAnOfficial() {
    ArticleMetadata meta = new ArticleMetadata(null, null, null, "Trần Minh Thu", null);
    assertThat(OfficialTestSupport.EXTRACTOR.extract("t",
        "Ông Trần Minh Thu, Phó Giám đốc Sở Nội vụ tỉnh, cho biết.\nTrần Minh Thu", meta)).isEmpty();
  }

  @Test
  void placeAndNameInOneCapitalisedRunAreSplit() {
    assertThat(extract("Bí thư Tỉnh ủy Điện Biên Trần Văn Sơn được điều về Trung ương."))
        .extracting(Official::name, Official::province)
        .containsExactly(tuple("Trần Văn Sơn", "tỉnh Điện Biên"));
  }

  @Test
  void postOfPersonAfterCua() {
    assertThat(extract("Thủ tướng phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh Bắc Kạn của ông"
        + " Trương Chí Trung."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Trương Chí Trung", List.of("Chủ tịch UBND tỉnh Bắc Kạn")));
  }

  @Test
  void offsetsPointAtTheFirstNamedMention() {
    String text = "Chiều 5/3, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà làm việc.";
    Official o = extract(text).get(0);
    assertThat(text.substring(o.start(), o.end())).isEqualTo("Phạm Thị Thanh Trà");
    assertThat(o.titles()).containsExactly("Bộ trưởng Bộ Nội vụ");
  }
}
