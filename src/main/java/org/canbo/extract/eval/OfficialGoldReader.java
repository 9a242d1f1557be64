package org.canbo.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.canbo.model.Confidence;
import org.canbo.model.Official;

/**
 * Reads the "official" lines of gold annotations ({@code <doc>.gold.jsonl}) as {@link Official}s
 * keyed by document id (offsets unknown: sentence -1, offsets 0 and the name's length).
 */
public final class OfficialGoldReader {

  /** Gold officials of every {@code *.gold.jsonl} file in {@code dir}, by document id. */
  public Map<String, List<Official>> readDir(Path dir) throws IOException {
    return GoldFiles.readDir(dir, "official", OfficialGoldReader::official);
  }

  /** The official lines of one gold file. */
  public List<Official> readFile(String doc, Path file) throws IOException {
    return GoldFiles.readFile(doc, file, "official", OfficialGoldReader::official);
  }

  private static Official official(String doc, JsonNode n) {
    List<String> titles = new ArrayList<>();
    n.path("titles").forEach(t -> titles.add(t.asText()));
    String name = n.path("name").asText();
    return new Official(name, titles, GoldFiles.text(n, "org_locality"), null, doc, -1, 0,
        name.length(), Confidence.CERTAIN);
  }
}
