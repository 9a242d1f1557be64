package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Garbled or legacy-encoded text is flagged; ordinary text in any Latin-script language is not. */
class SuspiciousTextTest {
  private static List<String> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      return files.sorted().map(f -> {
        try {
          return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @Test
  void ordinaryTextIsNotFlagged() throws IOException {
    for (String seed : seeds()) {
      assertThat(SuspiciousText.flags(seed)).isEmpty();
    }
    for (String western : List.of(Fixtures.FRENCH, Fixtures.SPANISH, Fixtures.GERMAN,
        Fixtures.FRENCH + Fixtures.SPANISH + Fixtures.GERMAN)) {
      assertThat(SuspiciousText.flags(western)).as(western).isEmpty();
    }
    String aFewStrays = seeds().get(0) + "\u0000\u0007 một ký tự \uFFFD lạc";
    assertThat(SuspiciousText.flags(aFewStrays)).isEmpty();
  }

  @Test
  void tcvn3AndVniTextIsFlaggedWithItsEncoding() throws IOException {
    for (String seed : seeds()) {
      assertThat(SuspiciousText.flags(Fixtures.tcvn3(seed))).containsExactly(
          "suspicious_text: legacy Vietnamese font encoding (TCVN3), not converted");
      assertThat(SuspiciousText.flags(Fixtures.vni(seed))).containsExactly(
          "suspicious_text: legacy Vietnamese font encoding (VNI), not converted");
    }
    assertThat(Fixtures.tcvn3("Nghị quyết Đại hội")).isEqualTo("NghÞ quyÕt §¹i héi");
    assertThat(Fixtures.vni("Đảng Cộng sản Việt Nam")).isEqualTo("Ñaûng Coäng saûn Vieät Nam");
  }

  @Test
  void theLegacyScreenSkipsOnlyTextsThatCountNoEncoding() throws IOException {
    List<String> texts = new java.util.ArrayList<>(seeds());
    Path dev = Path.of("../shared/dev/texts");
    if (Files.isDirectory(dev)) {
      try (Stream<Path> files = Files.list(dev)) {
        for (Path f : files.sorted().toList()) {
          texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    int screened = 0;
    for (String text : List.copyOf(texts)) {
      // Legacy words mixed into Unicode text, fewer and more than the counts need.
      String[] words = Fixtures.tcvn3(text).split(" ");
      String[] vniWords = Fixtures.vni(text).split(" ");
      for (int n : new int[] {7, 8, 40}) {
        texts.add(text + " " + String.join(" ", List.of(words).subList(0, Math.min(n, words.length))));
        texts.add(String.join(" ", List.of(vniWords).subList(0, Math.min(n, vniWords.length))) + text);
      }
      texts.add(Fixtures.tcvn3(text));
      texts.add(Fixtures.vni(text));
    }
    texts.addAll(List.of(Fixtures.FRENCH, Fixtures.SPANISH, Fixtures.GERMAN, "", "ñ", "Ñaûng"));
    for (String text : texts) {
      assertThat(SuspiciousText.legacyEncoding(text)).as(text)
          .isEqualTo(SuspiciousText.legacyEncodingByWords(text));
      screened += SuspiciousText.mayBeLegacy(text) ? 0 : 1;
    }
    for (String seed : seeds()) {
      assertThat(SuspiciousText.mayBeLegacy(seed)).as("Unicode Vietnamese is screened out").isFalse();
    }
    assertThat(screened).isGreaterThan(texts.size() / 4);
  }

  @Test
  void nulsAndReplacementCharactersAreFlaggedWithTheirShare() throws IOException {
    String seed = seeds().get(1);
    StringBuilder nuls = new StringBuilder();
    for (int i = 0; i < seed.length(); i++) {
      nuls.append(seed.charAt(i)).append(i % 4 == 0 ? "\u0000" : "");
    }
    assertThat(SuspiciousText.flags(nuls.toString())).singleElement().asString()
        .matches("suspicious_text: NUL or control characters \\(2\\d% of characters\\)");
    // Every letter outside ASCII lost, as a lossy conversion before us leaves Vietnamese.
    String lossy = seed.replaceAll("[^\\x00-\\x7F]", "\uFFFD");
    assertThat(SuspiciousText.flags(lossy)).singleElement().asString()
        .startsWith("suspicious_text: replacement characters U+FFFD (");
  }
}
