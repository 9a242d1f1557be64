package org.canbo.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads gold annotation files ({@code <doc>.gold.jsonl}, one JSON object per line with a "type")
 * and turns the lines of one type into records with a per-type converter; errors name file and line.
 */
public final class GoldFiles {
  public static final String SUFFIX = ".gold.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Turns one gold line into a record of the document {@code doc}. */
  @FunctionalInterface
  public interface LineConverter<T> {
    T convert(String doc, JsonNode line);
  }

  private GoldFiles() {}

  /** The lines of {@code type} of every gold file in {@code dir}, by document id (file name). */
  public static <T> Map<String, List<T>> readDir(Path dir, String type, LineConverter<T> converter)
      throws IOException {
    Map<String, List<T>> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
        String name = f.getFileName().toString();
        String doc = name.substring(0, name.length() - SUFFIX.length());
        out.put(doc, readFile(doc, f, type, converter));
      }
    }
    return out;
  }

  /** The lines of {@code type} in one gold file. */
  public static <T> List<T> readFile(String doc, Path file, String type, LineConverter<T> converter)
      throws IOException {
    List<T> out = new ArrayList<>();
    int no = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      if (!type.equals(n.path("type").asText())) {
        continue;
      }
      try {
        out.add(converter.convert(doc, n));
      } catch (RuntimeException e) {
        throw new IOException(file + " line " + no + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** A field's text, null when missing or JSON null. */
  public static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
