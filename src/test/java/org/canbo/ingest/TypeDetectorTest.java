package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeDetectorTest {
  private static final Path SHARED = Path.of("..", "shared");
  private final TypeDetector detector = new TypeDetector(TikaConfig.getDefaultConfig());

  @TempDir Path dir;

  @Test
  void screensWithThisTika() {
    // A Tika upgrade that hides its magic patterns would silently cost ~1.5 ms per text file.
    assertThat(detector.screening()).isTrue();
  }

  @Test
  void plainVietnameseTextSkipsTheMagicTableAndIsStillPlainText() throws IOException {
    Path seed = Fixtures.SEED;
    assertThat(detector.detect(seed).toString()).isEqualTo("text/plain");
    assertThat(detector.skipsMagic(Files.readAllBytes(seed))).isTrue();
  }

  @Test
  void textThatAMagicPatternClaimsGetsTikasAnswer() throws IOException {
    String body = Files.readString(Fixtures.SEED);
    List<String> claimed = List.of(
        "<html><head><title>Cán bộ</title></head><body><p>" + body + "</p></body></html>",
        "<!DOCTYPE html>\n<p>" + body,
        "From: ban.tuyen.giao@example.vn\nTo: toa.soan@example.vn\nSubject: Tin\n\n" + body,
        "%PDF-1.4\n" + body,
        "{\\rtf1\\ansi " + body + "}",
        "#!/bin/sh\necho " + body,
        "<?xml version=\"1.0\"?>\n<bai>" + body + "</bai>",
        body + "\n%AI5_FileFormat 3\n" + body,
        body.substring(0, 200) + "<html xmlns=\"http://www.w3.org/1999/xhtml\">" + body);
    for (int i = 0; i < claimed.size(); i++) {
      Path file = dir.resolve("claimed-" + i + ".txt");
      Files.writeString(file, claimed.get(i), StandardCharsets.UTF_8);
      assertThat(detector.skipsMagic(Files.readAllBytes(file))).as(claimed.get(i)).isFalse();
      assertThat(detector.detect(file)).as(claimed.get(i)).isEqualTo(detector.detectWithTika(file));
    }
  }

  @Test
  void everyFixtureCorpusAndDevFileGetsTikasType() throws IOException {
    List<Path> files = new ArrayList<>();
    files.addAll(regularFiles(Path.of("src/test/resources")));
    files.addAll(regularFiles(Path.of("corpus")));
    for (Path p : List.of(SHARED.resolve("dev"), SHARED.resolve("dev2"), SHARED.resolve("seeds"))) {
      files.addAll(regularFiles(p));
    }
    files.addAll(htmlBenchPages());
    files.addAll(formatVariants());
    int screenedOut = 0;
    files.addAll(oddFiles());
    for (Path f : files) {
      MediaType tika = detector.detectWithTika(f);
      assertThat(detector.detect(f)).as(f.toString()).isEqualTo(tika);
      if (TypeDetector.readsWhole(Files.size(f))) {
        // As the parser asks for an article: its bytes already in memory.
        assertThat(detector.detect(f, Files.readAllBytes(f))).as(f.toString()).isEqualTo(tika);
      }
      screenedOut += detector.skipsMagic(header(f)) ? 1 : 0;
    }
    assertThat(screenedOut).as("files that skipped the magic table").isPositive();
  }

  /** Bytes no detector expects: noise, a gzip stream, a zip header alone, one byte, a name without extension. */
  private List<Path> oddFiles() throws IOException {
    java.util.Random random = new java.util.Random(14);
    byte[] noise = new byte[5000];
    random.nextBytes(noise);
    byte[] seed = Files.readAllBytes(Fixtures.SEED);
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(seed);
    }
    Map<String, byte[]> odd = Map.of("noise.txt", noise, "noise.bin", noise, "seed.txt.gz", gz.toByteArray(),
        "zip-header.docx", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1),
        "one.txt", new byte[] {'x'}, "noext", seed);
    List<Path> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : odd.entrySet()) {
      out.add(Files.write(dir.resolve(e.getKey()), e.getValue()));
    }
    return out;
  }

  /** The seed written in each format the parser reads: the binary ones must keep Tika's type. */
  private List<Path> formatVariants() throws IOException {
    List<String> paragraphs = Fixtures.paragraphs(Fixtures.SEED);
    List<Path> out = new ArrayList<>();
    Path html = dir.resolve("seed.html");
    Files.writeString(html, Fixtures.html(paragraphs, true), StandardCharsets.UTF_8);
    out.add(html);
    Path docx = dir.resolve("seed.docx");
    Fixtures.docx(paragraphs, docx);
    out.add(docx);
    Path pdf = dir.resolve("seed.pdf");
    Fixtures.pdf(paragraphs, pdf, null);
    out.add(pdf);
    return out;
  }

  private List<Path> htmlBenchPages() throws IOException {
    Path pages = SHARED.resolve("html-bench/html");
    if (!Files.isDirectory(pages)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    for (Path gz : regularFiles(pages)) {
      Path page = dir.resolve(gz.getFileName().toString().replace(".gz", ""));
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        Files.copy(in, page);
      }
      out.add(page);
    }
    return out;
  }

  private static List<Path> regularFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static byte[] header(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(64 * 1024);
    }
  }
}
