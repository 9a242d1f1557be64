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
import org.canbo.model.Official;

/**
 * Reads the "official" lines of gold annotations ({@code <doc>.gold.jsonl}) as {@link Official}s
 * keyed by document id (offsets unknown: sentence -1, offsets 0 and the name's length).
 */
public final class OfficialGoldReader {
  private static final String SUFFIX = ".gold.jsonl";
  private final ObjectMapper json = new ObjectMapper();

  /** Gold officials of every {@code *.gold.jsonl} file in {@code dir}, by document id. */
  public Map<String, List<Official>> readDir(Path dir) throws IOException {
    Map<String, List<Official>> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
        String name = f.getFileName().toString();
        String doc = name.substring(0, name.length() - SUFFIX.length());
        out.put(doc, readFile(doc, f));
      }
    }
    return out;
  }

  /** The official lines of one gold file. */
  public List<Official> readFile(String doc, Path file) throws IOException {
    List<Official> out = new ArrayList<>();
    int no = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      if (!"official".equals(n.path("type").asText())) {
        continue;
      }
      try {
        List<String> titles = new ArrayList<>();
        n.path("titles").forEach(t -> titles.add(t.asText()));
        String name = n.path("name").asText();
        JsonNode loc = n.get("org_locality");
        out.add(new Official(name, titles, loc == null || loc.isNull() ? null : loc.asText(), null,
            doc, -1, 0, name.length()));
      } catch (RuntimeException e) {
        throw new IOException(file + " line " + no + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
