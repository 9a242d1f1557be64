package org.canbo.index;

import org.canbo.TestModels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.IngestStatus;
import org.canbo.model.PageMap;
import org.canbo.model.SourceFile;
import org.canbo.model.Span;
import org.junit.jupiter.api.Test;

class IndexSchemaTest {
  private final IndexSchema schema = new IndexSchema("test-1");

  @Test
  void storedDocumentTurnsBackIntoTheSameModelDocument() throws Exception {
    String text = "Huyện uỷ Cao Lộc luân chuyển 13.000 cán bộ.\nTrang hai <b>&amp;</b>";
    Document original = new Document("doc-1",
        new SourceFile("in/a.pdf", 1234, "ab12", "application/pdf", null), text,
        new ArticleMetadata("Cao Lộc: Chuyển biến", "2020-08", "LSO", "Mạnh Trường",
            "huyện Cao Lộc", "tỉnh Lạng Sơn", "https://baolangson.vn/cao-loc-501.html"),
        new PageMap(new int[] {0, 44}), IngestStatus.TRUNCATED,
        Map.of("word", List.of(new Span(0, 5, "word"), new Span(6, 8, "word")),
            "figure", List.of(new Span(29, 35, "count"))));
    Document seed = SeedCorpus.load().get(2); // "--10-06", no author, no pages

    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer(TestModels.SEGMENTER)))) {
      w.addDocument(schema.toLucene(original));
      w.addDocument(schema.toLucene(seed));
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        assertThat(IndexSchema.toModel(r, r.storedFields(), 0)).isEqualTo(original);
        assertThat(IndexSchema.toModel(r, r.storedFields(), 1)).isEqualTo(seed);
        assertThat(r.storedFields().document(0).get(IndexSchema.PIPELINE_VERSION))
            .isEqualTo("test-1");
        IndexSearcher s = new IndexSearcher(r);
        // "2020-08" sorts as 20200800; the year-less seed date is not range-indexed.
        assertThat(s.count(LongPoint.newRangeQuery(IndexSchema.DATE_KEY, 20200800, 20200899)))
            .isEqualTo(1);
        assertThat(s.count(LongPoint.newRangeQuery(IndexSchema.DATE_KEY, 0, Long.MAX_VALUE)))
            .isEqualTo(1);
      }
    }
  }

  @Test
  void sourceKeyIgnoresCaseAndTonePlacement() {
    assertThat(IndexSchema.sourceKey(" Baohatinh.VN ")).isEqualTo("baohatinh.vn");
    assertThat(IndexSchema.sourceKey("ÐBP")).isEqualTo(IndexSchema.sourceKey("đbp"));
  }

  @Test
  void isoDateBoundsCoverWholePeriods() {
    assertThat(IsoDates.documentKey("2019-05-30")).isEqualTo(20190530);
    assertThat(IsoDates.documentKey("2019-05")).isEqualTo(20190500);
    assertThat(IsoDates.documentKey("--10-06")).isEqualTo(-1);
    assertThat(IsoDates.documentKey("2019-02-30")).isEqualTo(-1);
    assertThat(IsoDates.lowerBound("2019")).isEqualTo(20190000);
    assertThat(IsoDates.upperBound("2019")).isEqualTo(20199999);
    assertThat(IsoDates.upperBound("2019-05")).isEqualTo(20190599);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IsoDates.lowerBound("30/05/2019"));
    assertThat(e).hasMessageContaining("30/05/2019").hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void blankPipelineVersionIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new IndexSchema(" "));
    assertThat(e).hasMessageContaining("pipeline version");
  }
}
