package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.canbo.TestModels;
import org.canbo.index.CorpusSearcher;
import org.canbo.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Officials, cited documents, places and language through the command line, on the seeds. */
class EntityCommandsTest {
  @TempDir static Path tmp;
  static Path index;
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ENGLISH = "The Provincial Party Committee reviewed the rotation of officials "
      + "this year. Forty-one civil servants changed positions, and the committee promised more "
      + "training for young cadres in the coming months.\n";

  @BeforeAll
  static void ingest() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    Files.writeString(corpus.resolve("english.txt"), "Rotation review\n" + ENGLISH);
    index = tmp.resolve("index");
    CliRun run = CliRun.of("ingest", "--in-process", "--index", index.toString(), corpus.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("english.txt: language 'eng' is not Vietnamese");
  }

  @Test
  void nonVietnameseArticleIsIndexedWithItsLanguageAndNoVietnameseExtraction() throws IOException {
    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      Document english = searcher.find("english").orElseThrow();
      assertThat(english.annotations().language()).isEqualTo("eng");
      assertThat(english.annotations().figures()).isEmpty();
      assertThat(searcher.find("000_7ea46ac1337f9b94").orElseThrow().annotations().language())
          .isEqualTo("vie");
    }
  }

  @Test
  void officialsDatasetMergesPostsOfOnePerson() throws IOException {
    List<JsonNode> rows = jsonl("officials");
    assertThat(rows).extracting(r -> r.get("name").asText()).contains("Hồ Văn Vịnh",
        "Nông Thị Hương", "Vừ A Bằng", "Nguyễn Ngọc Tuấn").doesNotContain("Nguyễn Chiến",
        "Mạnh Trường", "Minh Thùy");
    JsonNode tuan = rows.stream().filter(r -> r.get("name").asText().equals("Nguyễn Ngọc Tuấn"))
        .findFirst().orElseThrow();
    assertThat(tuan.get("titles")).extracting(JsonNode::asText)
        .containsExactly("Chủ tịch HĐND Thành phố", "Phó Bí thư Thành ủy");
    assertThat(tuan.get("type").asText()).isEqualTo("official");
  }

  @Test
  void documentsDatasetHasNormalisedKeys() throws IOException {
    List<JsonNode> rows = jsonl("documents");
    assertThat(rows).extracting(r -> r.get("key").asText())
        .contains("NQ-04-TU", "QD-07-TU", "KH-63-HU", "NQ-67-TU", "NQ-TW4-XII");
  }

  @Test
  void searchByCitedDocumentOfficialAndProvince() throws IOException {
    assertThat(ids("--cites", "04-NQ/TU")).containsExactly("004");
    assertThat(ids("--cites", "Nghị quyết 67")).containsExactly("001");
    assertThat(ids("--official", "Ho Van Vinh")).containsExactly("000");
    assertThat(ids("--province", "Quảng Ninh")).containsExactly("000");
    assertThat(ids("--province", "Điện Biên")).containsExactly("003");
  }

  @Test
  void placesCarryTheirProvince() throws IOException {
    assertThat(jsonl("places")).anySatisfy(p -> {
      assertThat(p.get("name").asText()).isEqualTo("Thanh Trì");
      assertThat(p.get("province").asText()).isEqualTo("thành phố Hà Nội");
    });
  }

  static List<JsonNode> jsonl(String dataset) throws IOException {
    CliRun run = CliRun.of("export", "--index", index.toString(), "--dataset", dataset);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      rows.add(JSON.readTree(line));
    }
    return rows;
  }

  static List<String> ids(String... filter) throws IOException {
    List<String> args = new ArrayList<>(List.of("search", "--index", index.toString(), "--json"));
    args.addAll(List.of(filter));
    args.add("cán bộ");
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> ids = new ArrayList<>();
    JSON.readTree(run.out()).get("hits").forEach(h -> ids.add(h.get("id").asText().substring(0, 3)));
    return ids.stream().sorted().toList();
  }
}
