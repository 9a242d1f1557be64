package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.canbo.TestTexts;
import org.canbo.config.Models;
import org.canbo.config.Pipelines;
import org.canbo.index.copies.CopyFields;
import org.canbo.model.Annotations;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An article's annotations live in compressed doc values, outside the stored document every search
 * hit decompresses, and read back the same; an older version's index (JSON stored) reads the same,
 * even where a merge put documents of both versions in one segment.
 */
class AnnotationFieldsTest {
  private static List<Document> seeds;

  @BeforeAll
  static void annotateSeeds() throws IOException {
    Models models = Models.load();
    Pipeline pipeline = Pipelines.standard(models);
    seeds = new ArrayList<>();
    List<String> texts = TestTexts.seeds();
    for (int i = 0; i < texts.size(); i++) {
      seeds.add(pipeline.apply(Document.of("seed-" + i, null, texts.get(i), ArticleMetadata.EMPTY)));
    }
    seeds.add(Document.of("plain", null, "Không có gì.", ArticleMetadata.EMPTY)); // no annotations
  }

  @Test
  void compressedJsonIsSmallerAndDecodesToTheSameAnnotations() throws IOException {
    for (Document d : seeds.subList(0, seeds.size() - 1)) {
      assertThat(d.annotations().figures()).as(d.id()).isNotEmpty();
      BytesRef bytes = AnnotationCodec.encode(d.annotations());
      byte[] json = org.canbo.dataset.SafeJson.plain().writeValueAsString(d.annotations())
          .getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.length).as(d.id()).isLessThan(json.length / 2);
      assertThat(AnnotationCodec.decode(bytes)).isEqualTo(d.annotations());
    }
  }

  @Test
  void theStoredDocumentCarriesNeitherAnnotationsNorCopySignature() throws IOException {
    IndexSchema schema = new IndexSchema("test");
    org.apache.lucene.document.Document lucene = schema.toLucene(seeds.get(0));
    assertThat(lucene.getFields().stream().filter(f -> f.fieldType().stored())
        .map(f -> f.name())).doesNotContain(AnnotationFields.ANNOTATIONS,
            CopyFields.SIGNATURE_STORED).contains(IndexSchema.BODY);
  }

  @Test
  void olderAndNewerDocumentsInOneSegmentReadTheSameAnnotations() throws IOException {
    IndexSchema schema = new IndexSchema("test");
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < seeds.size(); i++) {
        Document d = seeds.get(i);
        org.apache.lucene.document.Document lucene = schema.toLucene(d);
        if (i % 2 == 0) { // as the older version wrote it: the JSON stored
          lucene.removeFields(AnnotationFields.ANNOTATIONS_VALUES);
          if (!d.annotations().equals(Annotations.NONE)) {
            lucene.add(new StoredField(AnnotationFields.ANNOTATIONS,
                org.canbo.dataset.SafeJson.plain().writeValueAsString(d.annotations())));
          }
        }
        w.addDocument(lucene);
        if (i == 2) {
          w.commit();
        }
      }
      w.forceMerge(1);
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        assertThat(r.leaves()).hasSize(1);
        for (int doc = 0; doc < r.maxDoc(); doc++) {
          Document back = IndexSchema.toModel(r, r.storedFields(), doc);
          Document original = seeds.stream().filter(s -> s.id().equals(back.id())).findFirst()
              .orElseThrow();
          assertThat(back.annotations()).as(back.id()).isEqualTo(original.annotations());
        }
      }
    }
  }
}
