package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.server.TestServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest in another process while the server runs is visible on the next request. */
class ReopenOnChangeTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anIngestInAnotherProcessShowsUpOnTheNextRequest(@TempDir Path tmp) throws Exception {
    try (TestServer server = TestServer.start(tmp)) {
      String query = "/api/search?q=" + enc("Quỳnh Nhai");
      assertThat(JSON.readTree(server.get(query).body()).get("total").asInt()).isZero();

      Path more = Files.createDirectories(tmp.resolve("more"));
      Files.writeString(more.resolve("new_article.txt"), """
          Huyện Quỳnh Nhai kiện toàn đội ngũ cán bộ

          Thứ Ba, 04/06/2024, 09:00 [GMT+7]

          Năm 2024, Huyện ủy Quỳnh Nhai đã điều động 12 cán bộ về cơ sở.
          """);
      Process ingest = new ProcessBuilder(List.of(javaBinary(), "-Xmx1g", "-cp",
          System.getProperty("java.class.path"), "org.canbo.cli.CanboCommand", "ingest",
          "--in-process", "--index", server.index.toString(), more.toString()))
          .redirectErrorStream(true).redirectOutput(tmp.resolve("ingest.log").toFile()).start();
      assertThat(ingest.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(ingest.exitValue()).as(Files.readString(tmp.resolve("ingest.log"))).isZero();

      JsonNode after = JSON.readTree(server.get(query).body());
      assertThat(after.get("total").asInt()).isEqualTo(1);
      assertThat(after.get("hits").get(0).get("id").asText()).isEqualTo("new_article");
      assertThat(JSON.readTree(server.get("/api/health").body()).get("documents").asInt())
          .isEqualTo(7);
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
