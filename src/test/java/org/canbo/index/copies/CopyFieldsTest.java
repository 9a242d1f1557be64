package org.canbo.index.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.canbo.TestTexts;
import org.canbo.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The signature terms, indexed as one field instance ({@link CopyFields#add}), give the postings
 * one {@link StringField} per term gave: the same terms, the same documents, docs only, no norms;
 * an index written the old way takes documents written the new way.
 */
class CopyFieldsTest {
  private final CopySignature signature = new CopySignature();

  @Test
  void oneFieldIndexesWhatOneStringFieldPerTermIndexed() throws IOException {
    List<Set<String>> docs = new ArrayList<>();
    for (String text : TestTexts.seeds()) {
      docs.add(signature.terms(text));
    }
    docs.add(signature.terms("Bí thư Tỉnh ủy")); // fewer words than a shingle
    docs.add(Set.of()); // no word: no signature
    docs.add(signature.terms(TestTexts.seeds().get(0))); // a copy: the same terms again
    try (Directory oneField = index(docs, false); Directory perTerm = index(docs, true);
        DirectoryReader a = DirectoryReader.open(oneField);
        DirectoryReader b = DirectoryReader.open(perTerm)) {
      assertThat(postings(a)).hasSizeGreaterThan(5 * CopySignature.BUCKETS / 2)
          .isEqualTo(postings(b));
      FieldInfo info = a.leaves().get(0).reader().getFieldInfos().fieldInfo(CopyFields.SIGNATURE);
      assertThat(info.getIndexOptions()).isEqualTo(IndexOptions.DOCS);
      assertThat(info.omitsNorms()).isTrue();
    }
  }

  @Test
  void documentsWithOneFieldJoinAnIndexWrittenWithAFieldPerTerm() throws IOException {
    List<Set<String>> docs = List.of(signature.terms(TestTexts.seeds().get(1)));
    try (Directory dir = index(docs, true);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      w.addDocument(luceneDoc("new", docs.get(0)));
      w.forceMerge(1);
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(w)) {
        List<String> all = postings(r);
        assertThat(all).hasSize(docs.get(0).size()).allMatch(p -> p.endsWith(" [0, 1]"));
      }
    }
  }

  private static Directory index(List<Set<String>> docs, boolean fieldPerTerm) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < docs.size(); i++) {
        org.apache.lucene.document.Document d = fieldPerTerm ? new org.apache.lucene.document.Document()
            : luceneDoc("d" + i, docs.get(i));
        if (fieldPerTerm) {
          for (String t : docs.get(i)) {
            d.add(new StringField(CopyFields.SIGNATURE, t, Field.Store.NO));
          }
          d.add(new StringField("other", "x", Field.Store.NO));
        }
        w.addDocument(d);
      }
      w.commit();
    }
    return dir;
  }

  private static org.apache.lucene.document.Document luceneDoc(String id, Set<String> terms) {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    CopyFields.add(d, new Document(id, null, "", null, null, null, null, null),
        new LinkedHashSet<>(terms));
    return d;
  }

  /** "term [doc, doc, ...]" for every term of the signature field. */
  private static List<String> postings(DirectoryReader reader) throws IOException {
    List<String> out = new ArrayList<>();
    for (var leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Terms terms = r.terms(CopyFields.SIGNATURE);
      if (terms == null) {
        continue;
      }
      TermsEnum it = terms.iterator();
      PostingsEnum p = null;
      for (BytesRef t = it.next(); t != null; t = it.next()) {
        p = it.postings(p, PostingsEnum.FREQS);
        List<Integer> ids = new ArrayList<>();
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
          ids.add(leaf.docBase + d);
        }
        out.add(t.utf8ToString() + " " + ids);
      }
    }
    return out;
  }
}
