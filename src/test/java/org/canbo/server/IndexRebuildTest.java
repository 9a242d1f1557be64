package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.server.TestServer.enc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index directory deleted and built again while the server runs: 503 with a message while it
 * is missing or empty, then the new index on the next request.
 */
class IndexRebuildTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aDeletedIndexIs503UntilItIsRebuiltThenTheNewOneIsServed(@TempDir Path tmp) throws Exception {
    try (TestServer server = TestServer.start(tmp)) {
      assertThat(JSON.readTree(server.get("/api/health").body()).get("documents").asInt()).isEqualTo(6);

      IOUtils.rm(server.index);
      for (String path : new String[] {"/api/health", "/api/search?q=" + enc("cán bộ"),
          "/api/articles/" + TestServer.XSS_ID, "/api/export.csv"}) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(r.body()).get("error").asText()).as(path)
            .contains("the index at").contains("is missing");
      }

      Files.createDirectories(server.index);
      assertThat(JSON.readTree(server.get("/api/health").body()).get("error").asText())
          .contains("holds no index yet");

      Path smaller = Files.createDirectories(tmp.resolve("rebuilt"));
      Files.writeString(smaller.resolve("only_article.txt"), """
          Huyện Quỳnh Nhai kiện toàn đội ngũ cán bộ

          Năm 2024, Huyện ủy Quỳnh Nhai đã điều động 12 cán bộ về cơ sở.
          """);
      TestServer.ingest(server.index, smaller);
      assertThat(JSON.readTree(server.get("/api/health").body()).get("documents").asInt()).isEqualTo(1);
      var hits = JSON.readTree(server.get("/api/search?q=" + enc("cán bộ")).body()).get("hits");
      assertThat(hits).hasSize(1);
      assertThat(hits.get(0).get("id").asText()).isEqualTo("only_article");
    }
  }
}
