package org.canbo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.canbo.extract.CanonicalStage;
import org.canbo.ingest.IngestLimits;
import org.canbo.ingest.TikaDocumentParser;
import org.canbo.ingest.metadata.MetadataExtractor;
import org.canbo.model.Document;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.text.CanonicalText;
import org.canbo.text.TextCleaner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading the seed articles: the document, its metadata and the canonical layer left for the stages. */
class ArticleReaderTest {
  private static TikaDocumentParser parser;
  private static MetadataExtractor metadata;
  private static ArticleReader reader;

  @BeforeAll
  static void open() {
    parser = new TikaDocumentParser(IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS));
    metadata = new MetadataExtractor(Gazetteer.load());
    reader = new ArticleReader(parser, metadata);
  }

  @AfterAll
  static void close() {
    parser.close();
  }

  @Test
  void aReadSeedCarriesItsCanonicalLayerWhichTheCanonicalStageKeeps() throws Exception {
    try (var seeds = Files.list(Path.of("corpus"))) {
      for (Path seed : seeds.sorted().toList()) {
        ReadResult read = reader.read(seed, "id", "-", Files.size(seed));
        Document doc = ((ReadResult.Read) read).document();
        assertThat(doc.layer(CanonicalText.LAYER)).as(seed.toString())
            .isEqualTo(CanonicalText.of(doc.text()));
        assertThat(new CanonicalStage().apply(doc)).isSameAs(doc);
        // The metadata read on the shared canonical text is what the extractor finds alone.
        String raw = Files.readString(seed);
        assertThat(doc.metadata()).isEqualTo(metadata.extract(new TextCleaner().clean(raw), Map.of()));
      }
    }
  }
}
