package org.canbo.extract.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.canbo.TestModels;
import org.canbo.ingest.metadata.MetadataExtractor;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Official;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.text.CleanText;
import org.canbo.text.TextCleaner;

/** Shared set-up: one gazetteer, extractor (default model) and metadata extractor for the tests. */
final class OfficialTestSupport {
  static final Gazetteer GAZETTEER = Gazetteer.load();
  static final OfficialExtractor EXTRACTOR =
      OfficialExtractor.load(GAZETTEER, TestModels.SEGMENTER, Optional.empty());
  private static final MetadataExtractor META = new MetadataExtractor(GAZETTEER);

  private OfficialTestSupport() {}

  /** Officials of one article file, with name offsets checked against the clean text. */
  static List<Official> extract(Path file) {
    try {
      CleanText clean = new TextCleaner().clean(Files.readString(file));
      ArticleMetadata meta = META.extract(clean, Map.of());
      String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
      List<Official> officials = EXTRACTOR.extract(id, clean.text(), meta);
      for (Official o : officials) {
        assertThat(clean.text().substring(o.start(), o.end())).isEqualTo(o.name());
      }
      return officials;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Officials of a snippet with no metadata. */
  static List<Official> extract(String text) {
    return EXTRACTOR.extract("t", text, ArticleMetadata.EMPTY);
  }

  /** Officials of every {@code *.txt} in {@code dir}, by document id. */
  static Map<String, List<Official>> extractDir(Path dir) throws IOException {
    Map<String, List<Official>> out = new TreeMap<>();
    try (Stream<Path> texts = Files.list(dir)) {
      for (Path t : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.put(t.getFileName().toString().replaceFirst("\\.txt$", ""), extract(t));
      }
    }
    return out;
  }
}
