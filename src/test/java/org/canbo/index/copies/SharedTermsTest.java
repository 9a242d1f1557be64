package org.canbo.index.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.junit.jupiter.api.Test;

class SharedTermsTest {
  private static final CopySignature SIGNATURE = new CopySignature();

  /** The seeds and their syndicated variants: stories with copies and stories without. */
  private static Map<String, String> texts() throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.sorted().toList()) {
        String seed = Files.readString(f, StandardCharsets.UTF_8);
        texts.put(f.getFileName().toString(), seed);
        SyndicatedVariants.of(seed).forEach((kind, text) -> texts.put(kind + "/" + f, text));
        // Half of the seed: shares some terms with it, a copy or not depending on the threshold.
        texts.put("half/" + f, seed.substring(0, seed.length() / 2));
      }
    }
    return texts;
  }

  /** What grouping searched before: constant-score term clauses, minimum should match. */
  private static Map<Integer, Integer> query(IndexSearcher searcher, Set<String> terms, int min)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String t : terms) {
      query.add(new ConstantScoreQuery(new TermQuery(new Term(CopyFields.SIGNATURE, t))),
          BooleanClause.Occur.SHOULD);
    }
    query.setMinimumNumberShouldMatch(min);
    TopDocs top = searcher.search(query.build(), Math.max(1, searcher.count(query.build())));
    Map<Integer, Integer> hits = new TreeMap<>();
    for (ScoreDoc hit : top.scoreDocs) {
      hits.put(hit.doc, Math.round(hit.score));
    }
    return hits;
  }

  @Test
  void countsWhatTheMinimumShouldMatchQueryFoundAndScored() throws IOException {
    Map<String, String> texts = texts();
    IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (Directory dir = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(dir, config)) {
      List<Set<String>> signatures = new ArrayList<>();
      int n = 0;
      for (var text : texts.entrySet()) {
        Set<String> terms = SIGNATURE.terms(text.getValue());
        signatures.add(terms);
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField("id", text.getKey(), Field.Store.YES));
        CopyFields.add(d, Document.of(text.getKey(), null, "", ArticleMetadata.EMPTY), terms);
        writer.addDocument(d);
        if (++n % 7 == 0) {
          writer.flush(); // several segments: counts add up across them
        }
      }
      // Replaced and deleted articles are not found (the old copy of a replaced one is deleted).
      writer.deleteDocuments(new Term("id", texts.keySet().iterator().next()));
      String replaced = new ArrayList<>(texts.keySet()).get(3);
      org.apache.lucene.document.Document again = new org.apache.lucene.document.Document();
      again.add(new StringField("id", replaced, Field.Store.YES));
      CopyFields.add(again, Document.of(replaced, null, "", ArticleMetadata.EMPTY), signatures.get(3));
      writer.updateDocument(new Term("id", replaced), again);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(2);
        assertThat(reader.numDeletedDocs()).isEqualTo(2);
        IndexSearcher searcher = new IndexSearcher(reader);
        SharedTerms shared = new SharedTerms(reader, CopyFields.SIGNATURE);
        int nonTrivial = 0;
        for (Set<String> terms : signatures) {
          for (int min : new int[] {1, (int) Math.ceil(0.5 * terms.size()), terms.size()}) {
            Map<Integer, Integer> counted = new TreeMap<>();
            for (SharedTerms.Match m : shared.atLeast(terms, min)) {
              counted.put(m.doc(), m.shared());
            }
            Map<Integer, Integer> expected = query(searcher, terms, min);
            assertThat(counted).isEqualTo(expected);
            nonTrivial += expected.size() > 1 ? 1 : 0;
          }
        }
        assertThat(nonTrivial).isGreaterThan(10); // copies were found, not only each article itself
      }
    }
  }
}
