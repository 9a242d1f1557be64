package org.canbo.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The snapshot path must segment exactly like the XML path, and refuse any image it cannot trust. */
class LexiconSnapshotTest {
  private static final ClassLoader LOADER = LexiconSnapshotTest.class.getClassLoader();
  private static final int PAYLOAD = 24; // header bytes before the payload
  private static long fingerprint;
  private static byte[] image;
  private static VietnameseSegmenter fromXml;
  private static VietnameseSegmenter fromImage;

  @BeforeAll
  static void load() throws Exception {
    fingerprint = SnapshotFingerprint.of(LOADER);
    Lexicon lexicon = new LexiconLoader(LOADER).load();
    fromXml = VietnameseSegmenter.over(lexicon);
    image = LexiconSnapshot.encode(lexicon, fingerprint);
    fromImage = VietnameseSegmenter.over(LexiconSnapshot.decode(image, fingerprint));
  }

  @Test
  void seedArticlesSegmentIdenticallyLineByLineAndWhole() throws IOException {
    List<Path> articles = seedArticles();
    assertThat(articles).hasSize(5);
    int lines = 0;
    for (Path article : articles) {
      String text = Files.readString(article, StandardCharsets.UTF_8);
      for (String line : text.split("\n", -1)) {
        assertThat(fromImage.segment(line)).as("%s: %s", article, line)
            .isEqualTo(fromXml.segment(line));
        lines++;
      }
      assertThat(fromImage.segment(text)).isEqualTo(fromXml.segment(text));
    }
    assertThat(lines).isGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " \t\u00A0 ", "cán bộ 😀👍🏽 vui", "The quick brown fox jumps over the lazy dog.",
      "xay dung doi ngu can bo, lanh dao quan ly", "Thành uỷ Hoà Bình chỉ đạo thuỷ lợi",
      "THÀNH ỦY HÒA BÌNH", "ông Nguyễn Văn Thắng, Phó Bí thư Huyện ủy Điện Biên Đông",
      "Quy định số 02 - QĐ/HU, ngày 16/4/2018; UBND TX. Quảng Yên", "ð Ð đ Đ ǆ"})
  void edgeCasesSegmentIdentically(String text) {
    assertThat(fromImage.segment(text)).isEqualTo(fromXml.segment(text));
  }

  @Test
  void theBuildPutsAUsableSnapshotOnTheClasspath() throws Exception {
    // Written by the pom's process-classes step; absent only when classes come from elsewhere.
    Lexicon built = LexiconSource.fromSnapshot(LOADER);
    assertThat(VietnameseSegmenter.over(built).describe()).isEqualTo(fromXml.describe());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 3, PAYLOAD - 1, PAYLOAD, PAYLOAD + 1000, -1})
  void truncatedImagesAreRejected(int length) {
    byte[] cut = Arrays.copyOf(image, length < 0 ? image.length + length : length);
    assertThatThrownBy(() -> LexiconSnapshot.decode(cut, fingerprint))
        .isInstanceOf(LexiconSnapshot.Rejected.class);
  }

  @Test
  void aFlippedPayloadByteFailsTheChecksum() {
    byte[] bad = image.clone();
    bad[bad.length / 2] ^= 0x10;
    assertThatThrownBy(() -> LexiconSnapshot.decode(bad, fingerprint))
        .isInstanceOf(LexiconSnapshot.Rejected.class).hasMessageContaining("checksum");
  }

  @Test
  void anotherVersionMagicOrFingerprintIsRejected() {
    byte[] version = image.clone();
    ByteBuffer.wrap(version).putInt(4, LexiconSnapshot.VERSION + 1);
    assertThatThrownBy(() -> LexiconSnapshot.decode(version, fingerprint))
        .isInstanceOf(LexiconSnapshot.Rejected.class).hasMessageContaining("version");
    byte[] magic = image.clone();
    magic[0] = 'X';
    assertThatThrownBy(() -> LexiconSnapshot.decode(magic, fingerprint))
        .isInstanceOf(LexiconSnapshot.Rejected.class).hasMessageContaining("not a lexicon");
    assertThatThrownBy(() -> LexiconSnapshot.decode(image, fingerprint + 1))
        .isInstanceOf(LexiconSnapshot.Rejected.class).hasMessageContaining("stale");
  }

  @Test
  void aPayloadThatIsShortButConsistentlyStampedIsRejectedNotMisread() {
    // As a writer/reader mismatch would produce: header and checksum right, content not.
    byte[] shorter = restamp(Arrays.copyOf(image, image.length - 4096));
    assertThatThrownBy(() -> LexiconSnapshot.decode(shorter, fingerprint))
        .isInstanceOf(LexiconSnapshot.Rejected.class).hasMessageContaining("malformed");
    byte[] longer = restamp(Arrays.copyOf(image, image.length + 8));
    assertThatThrownBy(() -> LexiconSnapshot.decode(longer, fingerprint))
        .isInstanceOf(LexiconSnapshot.Rejected.class).hasMessageContaining("left over");
  }

  @Test
  void anEditedExtraLexiconMakesTheSnapshotStale() throws IOException {
    byte[] extra = LOADER.getResourceAsStream(LexiconLoader.EXTRA).readAllBytes();
    byte[] edited = Arrays.copyOf(extra, extra.length + 1);
    edited[extra.length] = '\n';
    assertThat(SnapshotFingerprint.of(serving(LexiconLoader.EXTRA, edited))).isNotEqualTo(fingerprint);
  }

  @Test
  void aCorruptSnapshotFallsBackToTheXmlWithIdenticalResults() throws IOException {
    byte[] bad = image.clone();
    bad[PAYLOAD + 7] ^= 0x01;
    ClassLoader corrupt = serving(LexiconSnapshot.RESOURCE, bad);
    assertThatThrownBy(() -> LexiconSource.fromSnapshot(corrupt))
        .isInstanceOf(LexiconSnapshot.Rejected.class);
    assertSegmentsLikeXml(VietnameseSegmenter.load(corrupt));
  }

  @Test
  void anAbsentSnapshotFallsBackToTheXml() throws IOException {
    ClassLoader without = serving(LexiconSnapshot.RESOURCE, null);
    assertThatThrownBy(() -> LexiconSource.fromSnapshot(without))
        .isInstanceOf(LexiconSnapshot.Rejected.class).hasMessage("absent");
    assertSegmentsLikeXml(VietnameseSegmenter.load(without));
  }

  private static void assertSegmentsLikeXml(VietnameseSegmenter segmenter) throws IOException {
    String text = Files.readString(seedArticles().get(0), StandardCharsets.UTF_8);
    assertThat(segmenter.segment(text)).isEqualTo(fromXml.segment(text));
    assertThat(segmenter.describe()).isEqualTo(fromXml.describe());
  }

  /** Rewrites the header's length and checksum to match a tampered payload. */
  private static byte[] restamp(byte[] tampered) {
    CRC32 crc = new CRC32();
    crc.update(tampered, PAYLOAD, tampered.length - PAYLOAD);
    ByteBuffer.wrap(tampered).putInt(16, tampered.length - PAYLOAD).putInt(20, (int) crc.getValue());
    return tampered;
  }

  /** A class loader that serves {@code bytes} for {@code resource} (null: absent), else the usual. */
  private static ClassLoader serving(String resource, byte[] bytes) {
    return new ClassLoader(LOADER) {
      @Override
      public InputStream getResourceAsStream(String name) {
        if (name.equals(resource)) {
          return bytes == null ? null : new ByteArrayInputStream(bytes);
        }
        return super.getResourceAsStream(name);
      }
    };
  }

  private static List<Path> seedArticles() throws IOException {
    try (var files = Files.list(Path.of("corpus"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
