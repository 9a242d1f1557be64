package org.canbo.extract.figure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The ids of the project's own blind set (src/test/resources/eval/blind-set.txt). */
final class BlindSet {
  private BlindSet() {}

  static Set<String> ids() throws IOException {
    try (InputStream in = BlindSet.class.getResourceAsStream("/eval/blind-set.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
    }
  }
}
