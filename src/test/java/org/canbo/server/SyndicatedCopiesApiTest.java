package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.canbo.TestModels;
import org.canbo.index.CorpusSearcher;
import org.canbo.index.copies.SyndicatedVariants;
import org.canbo.ingest.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures table and its CSV count a syndicated story once with {@code dedupe=1}. */
class SyndicatedCopiesApiTest {
  @TempDir Path tmp;

  @Test
  void dedupeCountsEachStoryOnceInTheFiguresTableAndItsCsv() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(Fixtures.SEED, corpus.resolve("a-original.txt"));
    Files.copy(Path.of("corpus/002_fbd45eba101a796a.txt"), corpus.resolve("c-other.txt"));
    Files.writeString(corpus.resolve("b-aggregator.txt"), SyndicatedVariants.of(
        Files.readString(Fixtures.SEED, StandardCharsets.UTF_8)).get("all"), StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    TestServer.ingest(index, corpus);
    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      CanboServer server = CanboServer.start(searcher, ServerConfig.loopback(0));
      try {
        String base = server.url().replaceAll("/$", "");
        assertThat(docs(get(base + "/api/figures"))).contains("a-original", "b-aggregator", "c-other");
        assertThat(docs(get(base + "/api/figures?dedupe=1")))
            .contains("a-original", "c-other").doesNotContain("b-aggregator");
        String csv = get(base + "/api/export.csv?bom=0&dedupe=1");
        assertThat(csv.lines().skip(1)).isNotEmpty().noneMatch(l -> l.startsWith("b-aggregator,"));
        assertThat(get(base + "/api/export.csv?bom=0").lines())
            .anyMatch(l -> l.startsWith("b-aggregator,"));
      } finally {
        server.close();
      }
    }
  }

  private static List<String> docs(String json) throws Exception {
    JsonNode rows = new ObjectMapper().readTree(json).get("rows");
    return StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("doc").asText())
        .distinct().toList();
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }
}
