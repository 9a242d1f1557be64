package org.canbo.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.canbo.ingest.ParsedText;
import org.canbo.model.ArticleMetadata;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.text.CleanText;
import org.canbo.text.TextCleaner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected metadata of the five seed articles in corpus/ (gold lines for 000 and 001). */
class SeedMetadataTest {
  private static MetadataExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new MetadataExtractor(Gazetteer.load());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          000_7ea46ac1337f9b94 | Quảng Yên tập trung xây dựng đội ngũ cán bộ | 2019-05-30 | null | Mạnh Trường | thị xã Quảng Yên | tỉnh Quảng Ninh
          001_8ddd9710a79e22ff | Cao Lộc: Chuyển biến từ thực hiện Nghị quyết 67 | 2020-08-09 | LSO | THANH MAI | huyện Cao Lộc | tỉnh Lạng Sơn
          002_fbd45eba101a796a | Xây dựng đội ngũ cán bộ TX. Kỳ Anh đáp ứng yêu cầu tình hình mới | --10-06 | Baohatinh.vn | null | thị xã Kỳ Anh | tỉnh Hà Tĩnh
          003_e149c863b3391813 | Xây dựng Đảng là nhiệm vụ then chốt | 2018-10-03 | ĐBP | Minh Thùy | tỉnh Điện Biên | tỉnh Điện Biên
          004_690c6362d5cbac14 | Khắc phục tình trạng cục bộ, khép kín trong công tác cán bộ | 2023-07-27 | Chinhphu.vn | Hòa An | thành phố Hà Nội | thành phố Hà Nội
          """)
  void seed(String id, String title, String date, String source, String author, String locality,
      String province) throws IOException {
    ArticleMetadata got = extract(id, Map.of());
    assertThat(got).isEqualTo(
        new ArticleMetadata(title, date, source, author, locality, province, null));
  }

  @Test
  void urlComesFromTheProperties() throws IOException {
    ArticleMetadata got = extract("001_8ddd9710a79e22ff",
        Map.of(ParsedText.URL, "https://baolangson.vn/cao-loc-chuyen-bien-5012.html"));
    assertThat(got.url()).isEqualTo("https://baolangson.vn/cao-loc-chuyen-bien-5012.html");
  }

  @Test
  void propertyDateFillsInWhenTheTextHasNoDateline() throws IOException {
    ArticleMetadata got = extract("002_fbd45eba101a796a", Map.of(ParsedText.DATE, "2019-10-06T09:00:00Z"));
    assertThat(got.date()).isEqualTo("2019-10-06");
  }

  @Test
  void propertyTitleUsedOnlyWhenTheTextHasNone() throws IOException {
    ArticleMetadata got = extract("000_7ea46ac1337f9b94", Map.of(ParsedText.TITLE, "Báo Quảng Ninh"));
    assertThat(got.title()).isEqualTo("Quảng Yên tập trung xây dựng đội ngũ cán bộ");
  }

  @Test
  void citedDocumentDateIsNotThePublicationDate() {
    CleanText clean = new TextCleaner().clean(
        "Tiêu đề bài báo về công tác cán bộ huyện\nThực hiện Nghị quyết số 67, ngày 11/9/2013 của Tỉnh ủy,"
            + " huyện đã luân chuyển 9 đồng chí.");
    assertThat(extractor.extract(clean, Map.of()).date()).isNull();
  }

  @Test
  void eventDateInTheLeadIsNotThePublicationDate() {
    CleanText clean = new TextCleaner().clean(
        "Đô Lương: Luân chuyển 7 cán bộ\nSáng 20/4, Huyện ủy Đô Lương tổ chức lễ công bố quyết định.");
    ArticleMetadata got = extractor.extract(clean, Map.of());
    assertThat(got.date()).isNull();
    assertThat(got.locality()).isEqualTo("huyện Đô Lương");
  }

  @Test
  void emptyTextGivesEmptyMetadata() {
    assertThat(extractor.extract(new TextCleaner().clean(""), Map.of())).isEqualTo(ArticleMetadata.EMPTY);
  }

  @Test
  void nationalArticleWithoutAUnitInTheTitle() {
    CleanText clean = new TextCleaner().clean(
        "Chân dung 4 nữ Bí thư Tỉnh ủy khóa 2020 - 2025\n08/10/2020 12:55\n"
            + "4 nữ Bí thư tỉnh ủy các tỉnh Hà Nam, Lạng Sơn, Bắc Ninh và An Giang đã trúng cử.");
    ArticleMetadata got = extractor.extract(clean, Map.of());
    assertThat(got.locality()).isEqualTo(LocalityGuesser.NATIONAL);
    assertThat(got.province()).as("the whole country has no province").isNull();
    assertThat(got.date()).isEqualTo("2020-10-08");
  }

  @Test
  void theWholePartyIsNationalButAWholePartyCommitteeIsNot() {
    String lead = "\n08/10/2020 12:55\n%s tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi nghị quyết.";
    CleanText party = new TextCleaner().clean("Nâng cao chất lượng sinh hoạt chi bộ" + lead.formatted("Toàn Đảng"));
    assertThat(extractor.extract(party, Map.of()).locality()).isEqualTo(LocalityGuesser.NATIONAL);
    CleanText committee = new TextCleaner().clean("Nâng cao chất lượng sinh hoạt chi bộ" + lead.formatted("Toàn Đảng bộ"));
    assertThat(extractor.extract(committee, Map.of()).locality()).isNull();
  }

  @Test
  void aCanonicalTextOfAnotherLengthIsRefused() {
    CleanText clean = new TextCleaner().clean("Huyện uỷ Cao Lộc họp");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> extractor.extract(clean, "Huyện ủy", Map.of()));
    assertThat(e).hasMessageContaining("canonical text of length 8 for a text of length 20");
  }

  private static ArticleMetadata extract(String id, Map<String, String> props) throws IOException {
    String raw = Files.readString(Path.of("corpus", id + ".txt"), StandardCharsets.UTF_8);
    return extractor.extract(new TextCleaner().clean(raw), props);
  }
}
