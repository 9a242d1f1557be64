package org.canbo.extract.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.canbo.extract.official.OfficialTestSupport.extract;

import java.util.List;
import org.canbo.model.Official;
import org.junit.jupiter.api.Test;

/** The ways news writes officials (issue 9), on sentences written for these tests. */
class OfficialPatternsTest {
  @Test
  void numberedListEntriesWithAbbreviatedPosts() {
    assertThat(extract("2. Bí thư Tỉnh ủy Yên Bái: Ông Phạm Văn Lợi, UV BCH TƯ Đảng.\n"
        + "3. Chủ tịch UBND tỉnh Hà Giang : Bà Lục Thị Mai."))
        .extracting(Official::name, Official::titles)
        .containsExactly(
            tuple("Phạm Văn Lợi", List.of("Bí thư Tỉnh ủy Yên Bái", "UV BCH TƯ Đảng")),
            tuple("Lục Thị Mai", List.of("Chủ tịch UBND tỉnh Hà Giang")));
    assertThat(extract("Ông Trần Quốc Vượng, Ủy viên T.Ư Ðảng, dự họp."))
        .extracting(Official::titles).containsExactly(List.of("Ủy viên T.Ư Ðảng"));
  }

  @Test
  void coordinatedNamesShareThePostTheyAreElectedTo() {
    assertThat(extract("Các đồng chí Trịnh Minh Sơn và Đặng Thu Hà được bầu làm Phó Bí thư Huyện"
        + " ủy Kim Sơn."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Trịnh Minh Sơn", List.of("Phó Bí thư Huyện ủy Kim Sơn")),
            tuple("Đặng Thu Hà", List.of("Phó Bí thư Huyện ủy Kim Sơn")));
    assertThat(extract("Tại phiên họp, đồng chí Mai Xuân Hòa và đồng chí Tô Thị Lan giữ chức vụ"
        + " Phó Bí thư."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Mai Xuân Hòa", List.of("Phó Bí thư")),
            tuple("Tô Thị Lan", List.of("Phó Bí thư")));
  }

  @Test
  void namesListedAfterAColonEachWithTheirPosts() {
    assertThat(extract("Các ông: Lý Văn Tài - Bí thư Huyện ủy; Hoàng Đức Lương - Chủ tịch UBND"
        + " huyện chủ trì hội nghị."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Lý Văn Tài", List.of("Bí thư Huyện ủy")),
            tuple("Hoàng Đức Lương", List.of("Chủ tịch UBND huyện")));
  }

  @Test
  void bracketedDetailsBetweenNameAndPost() {
    assertThat(extract("Ban Chấp hành đã bầu đồng chí Cao Văn Bình (sinh năm 1971), Trưởng Ban Dân"
        + " vận Tỉnh ủy giữ chức Phó Bí thư Tỉnh ủy."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Cao Văn Bình",
            List.of("Trưởng Ban Dân vận Tỉnh ủy", "Phó Bí thư Tỉnh ủy")));
    assertThat(extract("Ông Vũ Đình Khoa (thứ 2 từ trái sang) được bầu làm Chủ tịch HĐND huyện."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Vũ Đình Khoa", List.of("Chủ tịch HĐND huyện")));
  }

  @Test
  void minorityPeoplesNames() {
    assertThat(extract("Ông Y Bhin Mlô, Phó Chủ tịch UBND tỉnh Đắk Lắk, phát biểu. Bà H'Yim Kđoh,"
        + " Phó Bí thư Huyện ủy Krông Búk cho biết. Ông Ksor Nham - Chủ tịch UBND huyện Ia Pa dự"
        + " họp. Bí thư Huyện ủy Mường Tè Lò Văn Tuân kiểm tra."))
        .extracting(Official::name)
        .containsExactly("Y Bhin Mlô", "H'Yim Kđoh", "Ksor Nham", "Lò Văn Tuân");
  }

  @Test
  void formerAndActingPosts() {
    assertThat(extract("Cơ quan điều tra khởi tố ông Đinh Văn Toàn, nguyên là Bí thư Huyện ủy kiêm"
        + " Chủ tịch UBND huyện Bảo Lâm."))
        .extracting(Official::titles)
        .containsExactly(List.of("nguyên là Bí thư Huyện ủy", "Chủ tịch UBND huyện Bảo Lâm"));
    assertThat(extract("Quyền Chủ tịch UBND tỉnh Trần Văn Lâm cho biết."))
        .extracting(Official::titles).containsExactly(List.of("Quyền Chủ tịch UBND tỉnh"));
  }

  @Test
  void laterPostsOfAPersonReferredToByOngAlone() {
    Official o = extract("Ông Triệu Văn Kiên sinh năm 1970, quê Cao Bằng. Trong quá trình công"
        + " tác, ông từng giữ chức Phó Chủ tịch UBND huyện Hà Quảng; Bí thư Huyện ủy Hà Quảng."
        + " Trước đó, ông Kiên là Phó Bí thư Tỉnh ủy.").get(0);
    assertThat(o.name()).isEqualTo("Triệu Văn Kiên");
    assertThat(o.titles()).containsExactly("Phó Chủ tịch UBND huyện Hà Quảng",
        "Bí thư Huyện ủy Hà Quảng", "Phó Bí thư Tỉnh ủy");
  }

  @Test
  void baSkipsAManNamedInBetween() {
    assertThat(extract("Bà Lê Thị Hồng, Chủ tịch UBND xã, dự. Ông Trần Văn Tú phát biểu. Trước đó,"
        + " bà là Phó Chủ tịch UBND xã."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Lê Thị Hồng", List.of("Chủ tịch UBND xã", "Phó Chủ tịch UBND xã")));
  }

  @Test
  void anaphorsWithoutAnEarlierNameAddNobody() {
    assertThat(extract("Ông từng giữ chức Phó Chủ tịch UBND huyện. Ông Kiên là Bí thư Huyện ủy."))
        .isEmpty();
  }

  @Test
  void bodiesWithEnumeratedNamesAndUnknownFamilyNames() {
    assertThat(extract("Giám đốc Sở Văn hóa, Thể thao và Du lịch Nguyễn Thị Thu trao giải."))
        .extracting(Official::titles)
        .containsExactly(List.of("Giám đốc Sở Văn hóa, Thể thao và Du lịch"));
    assertThat(extract("Phó Giám đốc Sở NN&PTNT Trần Thị Mai dự họp."))
        .extracting(Official::titles).containsExactly(List.of("Phó Giám đốc Sở NN&PTNT"));
    assertThat(extract("Phó Giám đốc Sở Nội vụ Tiết Văn Minh cho biết."))
        .extracting(Official::name).containsExactly("Tiết Văn Minh");
    assertThat(extract("TS Hà Văn Tùng, Hiệu trưởng Trường Chính trị tỉnh Hòa Bình, phát biểu."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Hà Văn Tùng", List.of("Hiệu trưởng Trường Chính trị tỉnh Hòa Bình")));
  }

  @Test
  void placesAndCutOffWordsAreNoNames() {
    assertThat(extract("Hội nghị diễn ra tại Hà Nội, Bộ trưởng Bộ Nội vụ Lê Thị Nga phát biểu."))
        .extracting(Official::name).containsExactly("Lê Thị Nga");
    assertThat(extract("Người thay ông là Phó Chủ tịch UBND tỉnh Thái Ng")).isEmpty();
    assertThat(extract("Bí thư tỉnh ủy Lào Cai Lê Lê Văn Nam (gõ lặp) kiểm tra."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Lê Văn Nam", List.of("Bí thư tỉnh ủy Lào Cai")));
  }

  @Test
  void formerMarkersInsideNamesAndPlacesAreWords() {
    assertThat(extract("Ông Trần Văn Nguyên, Phó Chủ tịch UBND tỉnh Thái Nguyên, cho biết. Ông Lê"
        + " Văn Quyền - nguyên Bí thư Huyện ủy dự."))
        .extracting(Official::name, Official::titles)
        .containsExactly(tuple("Trần Văn Nguyên", List.of("Phó Chủ tịch UBND tỉnh Thái Nguyên")),
            tuple("Lê Văn Quyền", List.of("nguyên Bí thư Huyện ủy")));
  }

  @Test
  void anAdHocDelegationHeadIsNoPost() {
    assertThat(extract("Đoàn kiểm tra do Phó Chủ tịch UBND tỉnh Bùi Văn Quang làm Trưởng đoàn."))
        .extracting(Official::titles).containsExactly(List.of("Phó Chủ tịch UBND tỉnh"));
  }
}
