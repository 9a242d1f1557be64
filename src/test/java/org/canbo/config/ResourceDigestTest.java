package org.canbo.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.canbo.ingest.IngestLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline version follows the resources by itself: a changed vocabulary re-ingests. */
class ResourceDigestTest {
  @TempDir Path classes;

  @Test
  void sameResourcesSameVersionAChangedOneAnother() throws IOException {
    write("org/canbo/nlp/ner/units.tsv", "type\thuyện\thuyện\n");
    write("org/canbo/extract/figure/vocabulary.tsv", "DELTA\ttăng\n");
    String before = ResourceDigest.ofDirectory(classes);
    assertThat(ResourceDigest.ofDirectory(classes)).isEqualTo(before);

    write("org/canbo/extract/figure/vocabulary.tsv", "DELTA\ttăng\nDELTA\tgiảm\n");
    String changed = ResourceDigest.ofDirectory(classes);
    assertThat(changed).isNotEqualTo(before);
    assertThat(Pipelines.version(changed, IngestLimits.DEFAULTS))
        .isNotEqualTo(Pipelines.version(before, IngestLimits.DEFAULTS));

    write("org/canbo/extract/figure/vocabulary.tsv", "DELTA\ttăng\n");
    assertThat(ResourceDigest.ofDirectory(classes)).as("back as it was").isEqualTo(before);
  }

  @Test
  void aNewResourceCountsCodeAndThePageDoNot() throws IOException {
    write("org/canbo/nlp/ner/units.tsv", "type\txã\txã\n");
    String before = ResourceDigest.ofDirectory(classes);
    write("org/canbo/server/web/app.js", "console.log('trang')");
    write("org/canbo/nlp/ner/Gazetteer.class", "\u00ca\u00fe");
    write("org/canbo/nlp/ner/person-ner.bin", "trained at build");
    write("org/canbo/nlp/segment/lexicon.bin", "snapshot built at build");
    assertThat(ResourceDigest.ofDirectory(classes)).isEqualTo(before);
    write("org/canbo/nlp/ner/posts.tsv", "head\tBí thư\n");
    assertThat(ResourceDigest.ofDirectory(classes)).isNotEqualTo(before);
  }

  @Test
  void theBundledResourcesGiveOneStableVersion() {
    String digest = ResourceDigest.bundled();
    assertThat(digest).matches("[0-9a-f]{12}").isEqualTo(ResourceDigest.bundled());
    assertThat(Pipelines.version(IngestLimits.DEFAULTS))
        .isEqualTo(Pipelines.VERSION + "/res=" + digest + "/chars=" + IngestLimits.DEFAULTS.maxChars());
  }

  private void write(String name, String text) throws IOException {
    Path p = classes.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
