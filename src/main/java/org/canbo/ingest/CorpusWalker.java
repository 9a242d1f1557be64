package org.canbo.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the PATH arguments of a run into files with document ids: a directory recursively in
 * sorted order (hidden files and directories skipped), a file as given.
 */
public final class CorpusWalker {
  /** One file to ingest and its document id (relative path without extension, '/' separated). */
  public record Entry(Path file, String id) {}

  private CorpusWalker() {}

  /** All entries of all arguments, each argument's entries sorted by id. */
  public static List<Entry> walk(List<Path> arguments) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (Path argument : arguments) {
      entries.addAll(walk(argument));
    }
    return entries;
  }

  public static List<Entry> walk(Path argument) throws IOException {
    if (!Files.exists(argument)) {
      throw new NoSuchFileException(argument.toString());
    }
    if (!Files.isDirectory(argument)) {
      return List.of(new Entry(argument, stripExtension(argument.getFileName().toString())));
    }
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.walk(argument)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = argument.relativize(file);
        if (Files.isRegularFile(file) && !isHidden(relative)) {
          entries.add(new Entry(file, id(relative)));
        }
      }
    }
    // Files.walk order depends on the file system; ids must come out the same everywhere.
    entries.sort(Comparator.comparing(Entry::id).thenComparing(e -> e.file().toString()));
    return entries;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String id(Path relative) {
    StringBuilder id = new StringBuilder();
    for (Path part : relative.getParent() == null ? List.<Path>of() : relative.getParent()) {
      id.append(part).append('/');
    }
    return id.append(stripExtension(relative.getFileName().toString())).toString();
  }

  static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
