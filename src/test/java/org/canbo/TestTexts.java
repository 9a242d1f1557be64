package org.canbo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Raw texts (UTF-8, undecodable bytes replaced) of the seed articles and the shared dev sets. */
public final class TestTexts {
  private static final Path SHARED = Path.of("../shared");

  private TestTexts() {}

  /** The five seed articles of {@code corpus/}. */
  public static List<String> seeds() throws IOException {
    return texts(Path.of("corpus"));
  }

  /** True when ../shared holds the dev sets (tests using them skip themselves otherwise). */
  public static boolean hasDev() {
    return Files.isDirectory(SHARED.resolve("dev/texts"));
  }

  /** The texts of ../shared/dev and ../shared/dev2, in file order. */
  public static List<String> dev() throws IOException {
    List<String> out = new ArrayList<>(texts(SHARED.resolve("dev/texts")));
    out.addAll(texts(SHARED.resolve("dev2/texts")));
    return out;
  }

  private static List<String> texts(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> out = new ArrayList<>();
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
      return out;
    }
  }
}
