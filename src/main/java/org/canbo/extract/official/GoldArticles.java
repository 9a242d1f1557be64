package org.canbo.extract.official;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.canbo.extract.eval.OfficialGoldReader;
import org.canbo.model.Official;
import org.canbo.model.UserInputException;

/**
 * Articles with their gold officials, for training the name finder: every {@code <id>.gold.jsonl}
 * of the gold directories whose id passes a filter, with the text {@code <id>.txt} found in the
 * text directories, else beside the gold directory ({@code ../texts}) or in it. An id in several
 * gold directories is read from the first.
 */
public final class GoldArticles {
  /** One article: its id, raw text and the names of its gold officials. */
  public record Article(String id, String text, List<String> names) {}

  private GoldArticles() {}

  /** The articles, in order of gold directory and id; a gold file without a text is an error. */
  public static List<Article> read(List<Path> goldDirs, List<Path> textDirs,
      Predicate<String> keep) throws IOException {
    Map<String, Article> byId = new LinkedHashMap<>();
    OfficialGoldReader reader = new OfficialGoldReader();
    for (Path gold : goldDirs) {
      if (!Files.isDirectory(gold)) {
        throw new UserInputException("no gold directory " + gold);
      }
      for (Map.Entry<String, List<Official>> e : reader.readDir(gold).entrySet()) {
        String id = e.getKey();
        if (keep.test(id) && !byId.containsKey(id)) {
          List<String> names = e.getValue().stream().map(Official::name).toList();
          byId.put(id, new Article(id, Files.readString(text(id, gold, textDirs)), names));
        }
      }
    }
    return List.copyOf(byId.values());
  }

  private static Path text(String id, Path gold, List<Path> textDirs) {
    List<Path> where = new ArrayList<>(textDirs);
    Path parent = gold.toAbsolutePath().getParent();
    if (parent != null) {
      where.add(parent.resolve("texts"));
    }
    where.add(gold);
    for (Path dir : where) {
      Path t = dir.resolve(id + ".txt");
      if (Files.isRegularFile(t)) {
        return t;
      }
    }
    throw new UserInputException("no text " + id + ".txt for " + gold.resolve(id
        + ".gold.jsonl") + " in " + where);
  }
}
