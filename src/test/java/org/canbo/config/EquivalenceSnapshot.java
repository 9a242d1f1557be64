package org.canbo.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.canbo.index.CorpusSearcher;
import org.canbo.index.LuceneIndex;
import org.canbo.index.SearchHit;
import org.canbo.index.SearchRequest;
import org.canbo.index.SearchResult;
import org.canbo.ingest.IngestLimits;
import org.canbo.ingest.TikaDocumentParser;
import org.canbo.ingest.metadata.MetadataExtractor;
import org.canbo.model.Document;
import org.canbo.model.Span;
import org.canbo.pipeline.ArticleReader;
import org.canbo.pipeline.Pipeline;
import org.canbo.pipeline.ReadResult;

/**
 * What the standard pipeline makes of a set of files, one JSON line per file, plus the index hits
 * of a few queries over all of them. Seed lines carry everything extracted; lines for the shared
 * dev texts carry only a digest and counts, so no text of theirs enters the project.
 */
final class EquivalenceSnapshot {
  static final List<String> QUERIES = List.of(
      "cán bộ", "bổ nhiệm", "kỷ luật", "Hà Nội", "tỉnh ủy", "đảng viên", "nghị quyết",
      "\"ban thường vụ\"", "chủ tịch", "biên chế");
  private static final ObjectMapper JSON = new ObjectMapper();

  private EquivalenceSnapshot() {}

  /** One corpus: a name for its lines, its files, and whether its lines may quote the text. */
  record Corpus(String name, Path dir, boolean full) {}

  /** The lines of every file of {@code corpora}, then one line per query. */
  static List<String> lines(Models models, List<Corpus> corpora, Path indexDir) throws IOException {
    Pipeline pipeline = Pipelines.standard(models);
    IngestLimits limits = IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS);
    List<String> out = new ArrayList<>();
    try (TikaDocumentParser parser = new TikaDocumentParser(limits);
        LuceneIndex index = new LuceneIndex(indexDir, "equivalence", models.segmenter())) {
      ArticleReader reader = new ArticleReader(parser, new MetadataExtractor(models.gazetteer()));
      for (Corpus corpus : corpora) {
        for (Path file : files(corpus.dir())) {
          String id = corpus.name() + "/" + file.getFileName();
          byte[] bytes = Files.readAllBytes(file);
          ReadResult read = reader.read(file, id, sha256(bytes), bytes.length);
          if (!(read instanceof ReadResult.Read ok)) {
            out.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", id)
                .put("failed", read.toString().replace(file.toString(), file.getFileName().toString()))));
            continue;
          }
          Document doc = pipeline.apply(ok.document());
          index.accept(doc);
          ObjectNode full = describe(doc);
          out.add(JSON.writeValueAsString(corpus.full() ? full : digest(id, full)));
        }
      }
      index.commit();
    }
    try (CorpusSearcher searcher = new CorpusSearcher(indexDir, models.segmenter())) {
      for (String q : QUERIES) {
        SearchResult result = searcher.search(SearchRequest.of(q, 20));
        ObjectNode line = JSON.createObjectNode().put("query", q).put("total", result.total());
        ArrayNode ids = line.putArray("ids");
        for (SearchHit hit : result.hits()) {
          ids.add(hit.id());
        }
        out.add(JSON.writeValueAsString(line));
      }
    }
    return out;
  }

  private static ObjectNode describe(Document doc) {
    ObjectNode node = JSON.createObjectNode().put("id", doc.id()).put("status", doc.status().toString());
    node.set("metadata", JSON.valueToTree(doc.metadata()));
    ArrayNode sentences = node.putArray("sentences");
    for (Span s : doc.layer("sentences")) {
      sentences.addArray().add(s.start()).add(s.end());
    }
    node.set("annotations", JSON.valueToTree(doc.annotations()));
    return node;
  }

  /** A dev line: the digest of the full line and the counts, nothing quoted. */
  private static ObjectNode digest(String id, ObjectNode full) throws IOException {
    ObjectNode annotations = (ObjectNode) full.get("annotations");
    ObjectNode node = JSON.createObjectNode().put("id", id)
        .put("sha256", sha256(JSON.writeValueAsBytes(full)));
    for (String key : List.of("figures", "officials", "documents", "places", "organisations")) {
      node.put(key, annotations.get(key).size());
    }
    return node.put("sentences", full.get("sentences").size());
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  static byte[] utf8(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
