package org.canbo.index.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.canbo.TestTexts;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Signature terms read back from doc values are the terms indexed, and from documents an older
 * version wrote (stored field), even where a merge put both kinds in one segment.
 */
class SignaturesTest {
  private final CopySignature signature = new CopySignature();

  @Test
  void docValueBytesGiveBackTheSeedsTermsAtSixteenBytesATerm() throws IOException {
    for (String text : TestTexts.seeds()) {
      Set<String> terms = signature.terms(text);
      var bytes = SignatureCodec.encode(terms);
      assertThat(bytes.length).isEqualTo(16 * terms.size());
      assertThat(SignatureCodec.decode(bytes)).isEqualTo(terms);
      // Lucene's own filters, used for texts with overlong tokens, make terms of the same shape.
      Set<String> lucene = signature.luceneTerms(text);
      assertThat(SignatureCodec.decode(SignatureCodec.encode(lucene))).isEqualTo(lucene);
    }
    assertThat(SignatureCodec.decode(SignatureCodec.encode(Set.of()))).isEmpty();
  }

  @Test
  void aTermThatIsNotASixteenByteHashIsRefused() {
    assertThatThrownBy(() -> SignatureCodec.encode(Set.of("Hà Nội")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Hà Nội");
    assertThatThrownBy(() -> SignatureCodec.encode(Set.of("AAAA")))
        .hasMessage("not a signature term: AAAA");
  }

  @Test
  void olderAndNewerDocumentsMergedIntoOneSegmentReadTheirOwnTerms() throws IOException {
    List<Set<String>> expected = new ArrayList<>();
    for (String text : TestTexts.seeds()) {
      expected.add(signature.terms(text));
    }
    expected.add(Set.of()); // no word, written by each version
    expected.add(Set.of());
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < expected.size(); i++) {
        boolean older = i % 2 == 0;
        org.apache.lucene.document.Document d = luceneDoc("d" + i, expected.get(i));
        w.addDocument(older ? OlderVersion.document(d, expected.get(i)) : d);
        if (i == expected.size() / 2) {
          w.commit(); // two segments, merged below
        }
      }
      w.forceMerge(1);
      w.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSize(1);
        Signatures signatures = new Signatures(reader);
        // Backwards too: doc values move forward only, the reader starts them again.
        for (int doc = reader.maxDoc() - 1; doc >= 0; doc--) {
          String id = reader.storedFields().document(doc).get("id");
          int i = Integer.parseInt(id.substring(1));
          assertThat(signatures.of(doc)).as(id).isEqualTo(expected.get(i));
          assertThat(signatures.size(doc)).as(id).isEqualTo(expected.get(i).size());
          assertThat(Signatures.key(signatures.of(doc))).as(id)
              .isEqualTo(Signatures.key(new java.util.TreeSet<>(expected.get(i))));
        }
        assertThat(signatures.of(0)).isEqualTo(expected.get(0));
        assertThat(expected.stream().map(Signatures::key).distinct().count())
            .as("different signatures, different keys")
            .isEqualTo(expected.stream().distinct().count());
      }
    }
  }

  private static org.apache.lucene.document.Document luceneDoc(String id, Set<String> terms) {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new StringField("id", id, Field.Store.YES));
    CopyFields.add(d, Document.of(id, null, "", ArticleMetadata.EMPTY), terms);
    return d;
  }
}
