package org.canbo.nlp.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.canbo.text.TextCleaner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Vietnamese seeds, short lists and headlines are Vietnamese; English and French are not. */
class LanguageIdentifierTest {
  private static LanguageIdentifier identifier;
  private static final String ENGLISH = "The Provincial Party Committee held a conference on Tuesday to "
      + "review five years of implementing the resolution on cadre rotation. Delegates discussed how "
      + "leaders who are not local residents have been appointed to communes and districts.";
  private static final String FRENCH = "Le comité provincial du Parti a tenu mardi une conférence pour "
      + "faire le bilan de cinq années de mise en œuvre de la résolution sur la rotation des cadres. "
      + "Les délégués ont examiné la nomination de dirigeants qui ne sont pas originaires de la région.";

  @BeforeAll
  static void load() {
    identifier = LanguageIdentifier.load();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_7ea46ac1337f9b94", "001_8ddd9710a79e22ff", "002_fbd45eba101a796a",
      "003_e149c863b3391813", "004_690c6362d5cbac14"})
  void seedsAreVietnamese(String doc) throws IOException {
    String text = new TextCleaner().clean(Files.readString(Path.of("corpus", doc + ".txt"))).text();
    LanguageGuess g = identifier.identify(text);
    assertThat(g.language()).isEqualTo("vie");
    assertThat(g.vietnamese()).isTrue();
  }

  @Test
  void englishAndFrenchAreNot() {
    LanguageGuess en = identifier.identify(ENGLISH);
    assertThat(en.vietnamese()).isFalse();
    assertThat(en.language()).isEqualTo("eng");
    LanguageGuess fr = identifier.identify(FRENCH);
    assertThat(fr.vietnamese()).isFalse();
    assertThat(fr.language()).isEqualTo("fra");
    assertThat(identifier.identify(ENGLISH + "\n" + FRENCH).vietnamese()).isFalse();
  }

  @Test
  void shortAndListLikeVietnameseStays() {
    assertThat(identifier.identify("Luân chuyển 7 cán bộ").language()).isEqualTo("vie");
    assertThat(identifier.identify("Nguyễn Văn A\nTrần Thị B\nLê Văn C\nPhạm Minh D\nHoàng Anh E\n"
        + "Đặng Văn F\nBùi Thị G\nVũ Đức H").vietnamese()).isTrue();
    // Typed without diacritics: the detector itself must say Vietnamese.
    assertThat(identifier.identify("xay dung doi ngu can bo tx ky anh dap ung yeu cau tinh hinh moi "
        + "thuc hien nghi quyet trung uong ve cong tac can bo").language()).isEqualTo("vie");
    assertThat(identifier.identify("").language()).isEqualTo("und");
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String text = i % 2 == 0 ? ENGLISH : "Thực hiện Nghị quyết số 04-NQ/TU của Ban Chấp hành Đảng bộ "
            + "thành phố Hà Nội về công tác cán bộ, huyện đã luân chuyển 21 đồng chí.";
        results.add(pool.submit(() -> identifier.identify(text).language()));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "eng" : "vie");
      }
    } finally {
      pool.shutdown();
    }
  }
}
