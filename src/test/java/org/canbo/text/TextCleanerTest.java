package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.canbo.model.PageMap;
import org.junit.jupiter.api.Test;

/** Cleaning the five seed articles and small synthetic inputs. */
class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void seed000DropsDotsAndRelatedLinksKeepsCaptionAndByline() throws IOException {
    List<String> lines = lines("000_7ea46ac1337f9b94");
    assertThat(lines).doesNotContain(".", "Tin liên quan");
    assertThat(lines.get(1)).isEqualTo("Thứ Năm, 30/05/2019, 07:35 [GMT+7]");
    assertThat(lines).contains("Đội ngũ cán bộ TX Quảng Yên ngày một đảm bảo về chất lượng chuyên môn.");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Mạnh Trường");
  }

  @Test
  void seed001NormalisesNbspInDateline() throws IOException {
    assertThat(lines("001_8ddd9710a79e22ff")).startsWith("Chủ nhật, 09/08/2020");
  }

  @Test
  void seed002DropsSlugRepeatsAndMenus() throws IOException {
    List<String> lines = lines("002_fbd45eba101a796a");
    assertThat(lines).noneMatch(l -> l.startsWith("xay dung doi ngu"));
    assertThat(lines).doesNotContain("Chủ đề Cải cách hành chính", "Đọc thêm", "Tin mới Emagazine Truyền hình Podcast");
    assertThat(lines.get(0)).isEqualTo("Xây dựng đội ngũ cán bộ TX. Kỳ Anh đáp ứng yêu cầu tình hình mới");
    assertThat(lines.get(lines.size() - 1)).startsWith("Để đáp ứng yêu cầu, nhiệm vụ trong tình hình mới");
  }

  @Test
  void seed003StripsViewCounterFromDatelineAndKeepsEthAsPrinted() throws IOException {
    List<String> lines = lines("003_e149c863b3391813");
    assertThat(lines.get(1)).isEqualTo("08:59 - Thứ Tư, 03/10/2018");
    assertThat(lines).doesNotContain("Bình luận", "Tin khác", "Back To Top", "");
    String joined = String.join("\n", lines);
    assertThat(joined).contains("\u00D0ảng bộ tỉnh"); // kept as printed
    assertThat(ToneMarks.canonical(joined)).contains("Đảng bộ tỉnh");
    assertThat(lines).anyMatch(l -> l.endsWith("Ảnh: Minh Thùy")); // a sentence caption is content
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Minh Thùy");
  }

  @Test
  void seed004DropsPhotoPlaceholderRepeatingTheTitle() throws IOException {
    List<String> lines = lines("004_690c6362d5cbac14");
    assertThat(lines).noneMatch(l -> l.endsWith("- Ảnh 1."));
    assertThat(lines).contains("Công tác cán bộ là \"then chốt của then chốt\"");
    assertThat(lines).anyMatch(l -> l.endsWith("- Ảnh: VGP/GH"));
    assertThat(lines).doesNotContain("Top");
  }

  @Test
  void formFeedsBecomePageStarts() {
    CleanText c = cleaner.clean("Trang một\n\n.\f  Trang\thai  \n\fTin liên quan\fTrang bốn");
    assertThat(c.text()).isEqualTo("Trang một\nTrang hai\nTrang bốn");
    assertThat(c.pages()).isEqualTo(new PageMap(new int[] {0, 10, 20, 20}));
    assertThat(c.pages().pageOf(c.text().indexOf("bốn"))).isEqualTo(4);
  }

  @Test
  void nfdInputBecomesNfcAndWhitespaceCollapses() {
    String nfd = Normalizer.normalize("Huyện  uỷ\u00A0Cao Lộc\u200B \r\n\r\n  cán bộ ", Normalizer.Form.NFD);
    assertThat(cleaner.clean(nfd).text()).isEqualTo("Huyện uỷ Cao Lộc\ncán bộ");
  }

  @Test
  void keepsShortContentLinesThatMerelyStartLikeWidgets() {
    String line = "Chủ đề của hội nghị năm nay là đổi mới công tác cán bộ ở cơ sở, gắn với trách nhiệm người đứng đầu.";
    assertThat(cleaner.clean("Tiêu đề\n" + line).text()).endsWith(line);
  }

  @Test
  void nullInputIsAProgrammingError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cleaner.clean(null));
    assertThat(e).hasMessageContaining("null");
  }

  private List<String> lines(String id) throws IOException {
    String raw = Files.readString(Path.of("corpus", id + ".txt"), StandardCharsets.UTF_8);
    String text = cleaner.clean(raw).text();
    assertThat(text).doesNotEndWith("\n").doesNotContain("\n\n").doesNotContain("  ");
    return List.of(text.split("\n"));
  }
}
