package org.canbo.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canbo.TestModels;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.SourceFile;

/** The five seed articles in {@code corpus/} as model documents, with hand-written metadata. */
final class SeedCorpus {
  private SeedCorpus() {}

  static List<Document> load() throws IOException {
    List<Document> docs = new ArrayList<>();
    docs.add(doc("000", 0, "2019-05-30", null));
    docs.add(doc("001", 2, "2020-08-09", "LSO"));
    docs.add(doc("002", 0, "--10-06", "Baohatinh.vn"));
    docs.add(doc("003", 0, "2018-10-03", "ĐBP"));
    docs.add(doc("004", 0, "2023-07-27", "Chinhphu.vn"));
    return docs;
  }

  /** The three-digit prefix of a seed id ("001_8ddd..." → "001"). */
  /** Writes the seeds and {@code extra} documents into a new index at {@code dir}, committed. */
  static void index(Path dir, Document... extra) throws IOException {
    try (LuceneIndex index = new LuceneIndex(dir, "test", TestModels.SEGMENTER)) {
      for (Document d : load()) {
        index.accept(d);
      }
      for (Document d : extra) {
        index.accept(d);
      }
      index.commit();
    }
  }

  static String prefix(String id) {
    return id.substring(0, 3);
  }

  private static Document doc(String prefix, int titleLine, String date, String source)
      throws IOException {
    Path file;
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
          .findFirst().orElseThrow(() -> new IOException("no seed file " + prefix + "_*"));
    }
    byte[] bytes = Files.readAllBytes(file);
    String raw = Normalizer.normalize(new String(bytes, StandardCharsets.UTF_8),
        Normalizer.Form.NFC);
    List<String> lines = raw.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
    String text = String.join("\n", lines);
    String title = raw.lines().toList().get(titleLine).strip(); // line of the file, blanks too
    String id = file.getFileName().toString().replace(".txt", "");
    SourceFile source1 = new SourceFile(file.toString(), bytes.length, sha256(bytes),
        "text/plain", "UTF-8");
    return Document.of(id, source1, text, new ArticleMetadata(title, date, source, null, null));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }
}
