package org.canbo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** A list of document ids read from a file (one per line, blank lines and # comments ignored). */
record IdList(Set<String> ids) {

  static IdList read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such file");
    }
    Set<String> ids = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String id = line.strip();
      if (!id.isEmpty() && !id.startsWith("#")) {
        ids.add(id);
      }
    }
    return new IdList(Set.copyOf(ids));
  }

  /** Which ids pass: those in {@code only} (all when null) and not in {@code exclude}. */
  static Predicate<String> select(Path only, Path exclude) throws IOException {
    Predicate<String> in = only == null ? id -> true : read(only).ids()::contains;
    if (exclude == null) {
      return in;
    }
    Set<String> out = read(exclude).ids();
    return in.and(id -> !out.contains(id));
  }
}
