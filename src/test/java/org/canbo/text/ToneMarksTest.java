package org.canbo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ToneMarksTest {
  @ParameterizedTest
  @CsvSource({
    "Huyện uỷ, Huyện ủy",
    "Thành uỷ, Thành ủy",
    "hoà, hòa",
    "Hoà An, Hòa An",
    "thuỷ lợi, thủy lợi",
    "khoẻ, khỏe",
    "hoá, hóa",
    "Uỷ ban, Ủy ban",
    "HOÀ, HÒA",
    "Ðảng, Đảng",
    "ðảng, đảng",
  })
  void newStyleBecomesTraditional(String input, String expected) {
    assertThat(ToneMarks.canonical(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "hoàng", "thuyết", "quý", "quỳnh", "giữ", "giường", "gì", "toán", "người", "khuỷu", "Nguyễn",
    "Quảng Yên", "hòa", "Ủy", "cán bộ", "luân chuyển", "NN&PTNT", "04-NQ/TU", "quốc", "mười", "oai"
  })
  void alreadyCanonicalTextIsUnchanged(String input) {
    assertThat(ToneMarks.canonical(input)).isEqualTo(input);
  }

  @Test
  void lengthIsPreservedOnSeedText() {
    String text = "Phó Trưởng Ban Tổ chức Huyện uỷ Thành uỷ Hà Nội, Hoà An, Ðiện Biên Ðông";
    String canonical = ToneMarks.canonical(text);
    assertThat(canonical).hasSameSizeAs(text);
    assertThat(canonical).isEqualTo("Phó Trưởng Ban Tổ chức Huyện ủy Thành ủy Hà Nội, Hòa An, Điện Biên Đông");
  }

  @Test
  void foldingRemovesAllMarks() {
    assertThat(Diacritics.fold("Đồng chí Hồ Văn Vịnh, Bí thư Thị ủy Quảng Yên"))
        .isEqualTo("Dong chi Ho Van Vinh, Bi thu Thi uy Quang Yen");
    assertThat(Diacritics.fold("Ðảng ðảng")).isEqualTo("Dang dang");
  }

  @Test
  void runsWithoutToneMarksAreLeftAsTheSyllableRuleLeavesThem() throws IOException {
    // canonicalize skips runs with no toned vowel and no eth: the same as running the rule on
    // every run of letters, over the seed articles and each marked vowel in a few syllable shapes.
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.sorted().toList()) {
        text.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
      }
    }
    String vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
    for (char v : (vowels + vowels.toUpperCase() + "ÐðĐđ").toCharArray()) {
      for (String shape : new String[] {"%c", "h%c", "ho%c", "hu%cn", "qu%c", "gi%c", "%cy", "u%c"}) {
        text.append(String.format(shape, v)).append(' ');
      }
    }
    char[] fast = text.toString().toCharArray();
    char[] rule = fast.clone();
    boolean changed = ToneMarks.canonicalize(fast, 0, fast.length);
    boolean ruleChanged = false;
    for (int i = 0; i < rule.length; ) {
      int from = i;
      while (i < rule.length && Character.isLetter(rule[i])) {
        i++;
      }
      ruleChanged |= from < i && ToneMarks.canonicalizeSyllable(rule, from, i);
      i = Math.max(i, from + 1);
    }
    assertThat(new String(fast)).isEqualTo(new String(rule));
    assertThat(changed).isEqualTo(ruleChanged).isTrue();
  }
}
