package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.canbo.ingest.Fixtures;
import org.canbo.index.copies.SyndicatedVariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies through the command line: dup_of in the datasets, export --dedupe, search --collapse. */
class SyndicatedCopiesCommandsTest {
  @TempDir Path tmp;

  @Test
  void aRepublishedSeedIsMarkedDroppedByDedupeAndCollapsed() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(Fixtures.SEED, corpus.resolve("a-original.txt"));
    Files.copy(Path.of("corpus/002_fbd45eba101a796a.txt"), corpus.resolve("c-other.txt"));
    String copy = SyndicatedVariants.of(Files.readString(Fixtures.SEED, StandardCharsets.UTF_8))
        .get("all");
    Files.writeString(corpus.resolve("b-aggregator.txt"), copy, StandardCharsets.UTF_8);
    String index = tmp.resolve("index").toString();
    CliRun ingest = CliRun.of("ingest", "--index", index, corpus.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();

    CliRun all = CliRun.of("export", "--index", index, "--dataset", "articles", "--format", "csv");
    List<String> rows = all.out().lines().toList();
    assertThat(rows.get(0)).endsWith(",dup_of");
    // Both are dated 2019-05-30 (the copy keeps the dateline): the earlier id is the cluster.
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("a-original,").endsWith(","))
        .anySatisfy(r -> assertThat(r).startsWith("b-aggregator,").endsWith(",a-original"))
        .anySatisfy(r -> assertThat(r).startsWith("c-other,").endsWith(","));

    CliRun deduped = CliRun.of("export", "--index", index, "--dataset", "articles", "--format",
        "csv", "--dedupe");
    assertThat(deduped.out().lines().skip(1).map(r -> r.substring(0, r.indexOf(','))))
        .containsExactly("a-original", "c-other");

    CliRun search = CliRun.of("search", "--index", index, "--json", "Quảng Yên");
    CliRun collapsed = CliRun.of("search", "--index", index, "--json", "--collapse", "Quảng Yên");
    assertThat(search.out()).contains("\"total\":2");
    assertThat(collapsed.out()).contains("\"total\":1");

    CliRun view = CliRun.of("export", "--index", index, "--dataset", "articles", "--format",
        "jsonl", "--where", "dup_of=a-original");
    assertThat(view.out().lines()).singleElement().asString().contains("\"id\":\"b-aggregator\"");
  }
}
