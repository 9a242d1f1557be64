package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.canbo.ingest.metadata.MetadataExtractor;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Figure;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.text.CleanText;
import org.canbo.text.TextCleaner;

/** Shared set-up: one gazetteer, extractor and metadata extractor for all figure tests. */
final class FigureTestSupport {
  static final Gazetteer GAZETTEER = Gazetteer.load();
  /** The rules alone, as the dev-set floors measure them. */
  static final FigureExtractor EXTRACTOR = new FigureExtractor(Vocabulary.load(), GAZETTEER,
      org.canbo.nlp.segment.VietnameseSegmenter.load());
  /** What the pipeline runs: the rules with the shipped model's confidence. */
  static final FigureExtractor SHIPPED = EXTRACTOR.withDecider(
      new HybridDecider(FigureModel.bundled().orElseThrow()));
  private static final MetadataExtractor META = new MetadataExtractor(GAZETTEER);

  private FigureTestSupport() {}

  /** Clean text and figures of one article file, with offsets checked against the text. */
  static Extracted extract(Path file) {
    try {
      CleanText clean = new TextCleaner().clean(Files.readString(file));
      ArticleMetadata meta = META.extract(clean, Map.of());
      String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
      List<Figure> figures = EXTRACTOR.extract(id, clean.text(), meta);
      for (Figure f : figures) {
        assertThat(clean.text().substring(f.start(), f.end())).isEqualTo(f.text());
      }
      return new Extracted(clean.text(), figures);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Figures of a snippet with the given metadata. */
  static List<Figure> extract(String text, ArticleMetadata meta) {
    return EXTRACTOR.extract("t", text, meta);
  }

  record Extracted(String text, List<Figure> figures) {}
}
