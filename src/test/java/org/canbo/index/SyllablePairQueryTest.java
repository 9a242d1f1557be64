package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.canbo.TestModels;
import org.canbo.TestTexts;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-syllable phrase answered from the pair field finds the same articles with the same scores
 * as the phrase on the syllables' positions, for every adjacent pair of the seed articles and of
 * pairs that never occur, ranked exhaustively and with blocks skipped; so does a longer phrase
 * ranked by its rarest pair's bound; the pair field's norms are the body's; a segment where some
 * articles lack pairs falls back to the phrase.
 */
class SyllablePairQueryTest {
  private static final Analyzer ANALYZER = IndexSchema.analyzer(TestModels.SEGMENTER);

  @Test
  void everySeedPairMatchesAndScoresAsThePhrase(@TempDir Path dir) throws IOException {
    List<Document> docs = excerpts();
    index(dir, docs);
    // Each position's terms: a syllable, or variants (as a syllable typed without diacritics
    // gets them): the next syllable with the one after it and one far away.
    Set<List<List<String>>> pairs = new LinkedHashSet<>();
    for (Document d : docs) {
      List<String> terms = exactTerms(d.text());
      for (int i = 0; i + 2 < terms.size(); i++) {
        String a = terms.get(i);
        String b = terms.get(i + 1);
        pairs.add(List.of(List.of(a), List.of(b)));
        pairs.add(List.of(List.of(b), List.of(a))); // mostly absent the other way round
        if (i % 7 == 0) {
          pairs.add(List.of(List.of(a), distinct(b, terms.get(i + 2), terms.get(i / 2))));
          pairs.add(List.of(distinct(a, terms.get(i + 2)), List.of(b)));
        }
      }
    }
    assertThat(pairs).hasSizeGreaterThan(5_000);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int found = 0;
      for (List<List<String>> p : pairs) {
        Query phrase = phrase(p);
        Query pair = pair(phrase, p);
        TopDocs expected = all(searcher, phrase);
        assertSameHits(all(searcher, pair), expected, p);
        assertSameHits(top3(searcher, pair), top3(searcher, phrase), p);
        assertThat(searcher.count(pair)).as("%s", p).isEqualTo(searcher.count(phrase));
        found += expected.scoreDocs.length > 0 ? 1 : 0;
      }
      assertThat(found).isGreaterThan(pairs.size() / 2);
      for (LeafReaderContext leaf : reader.leaves()) {
        assertSameNorms(leaf);
      }
    }
  }

  @Test
  void longerPhrasesRankedByTheirRarestPairGiveThePhrasesHits(@TempDir Path dir)
      throws IOException {
    List<Document> docs = excerpts();
    index(dir, docs);
    Set<List<String>> phrases = new LinkedHashSet<>();
    for (Document d : docs.subList(0, 5)) {
      List<String> terms = exactTerms(d.text());
      for (int i = 0; i + 4 < terms.size(); i += 3) {
        phrases.add(terms.subList(i, i + 3 + i % 2));
        phrases.add(List.of(terms.get(i), terms.get(i + 1), terms.get(i + 3))); // mostly absent
      }
    }
    assertThat(phrases).hasSizeGreaterThan(1_000);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int found = 0;
      for (List<String> p : phrases) {
        PhraseQuery phrase = new PhraseQuery(IndexSchema.BODY, p.toArray(String[]::new));
        Query bounded = new PairBoundedPhraseQuery(phrase, IndexSchema.BODY_PAIRS);
        TopDocs expected = all(searcher, phrase);
        assertSameHits(all(searcher, bounded), expected, p);
        assertSameHits(top3(searcher, bounded), top3(searcher, phrase), p);
        assertThat(searcher.count(bounded)).as("%s", p).isEqualTo(searcher.count(phrase));
        found += expected.scoreDocs.length > 0 ? 1 : 0;
      }
      assertThat(found).isGreaterThan(phrases.size() / 3);
    }
  }

  @Test
  void aSegmentWithArticlesWithoutPairsIsSearchedWithThePhrase(@TempDir Path dir)
      throws IOException {
    Document seed = SeedCorpus.load().get(0);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(ANALYZER))) {
      writer.addDocument(new IndexSchema("test").toLucene(seed));
      // As an older canbo wrote it: the body without its pairs.
      org.apache.lucene.document.Document old = new IndexSchema("test").toLucene(seed);
      old.removeFields(IndexSchema.BODY_PAIRS);
      writer.addDocument(old);
      writer.forceMerge(1);
    }
    List<String> terms = exactTerms(seed.text());
    List<List<String>> p = List.of(List.of(terms.get(0)), List.of(terms.get(1)));
    Query phrase = phrase(p);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query pair = pair(phrase, p);
      assertThat(all(searcher, phrase).scoreDocs).hasSize(2);
      assertSameHits(all(searcher, pair), all(searcher, phrase), p);
      assertThat(searcher.count(pair)).isEqualTo(2);
    }
  }

  @Test
  void phrasesOfTheBodyUseThePairs() {
    List<TermPattern> two = List.of(literal("mới"), literal("trong"));
    assertThat(VariantQuery.of(IndexSchema.BODY, two)).isInstanceOf(SyllablePairQuery.class);
    assertThat(VariantQuery.of(IndexSchema.TITLE, two)).isInstanceOf(PhraseQuery.class);
    assertThat(VariantQuery.of(IndexSchema.BODY_FOLDED, two)).isInstanceOf(PhraseQuery.class);
    assertThat(VariantQuery.of(IndexSchema.BODY, List.of(literal("ban"), literal("thường"),
        literal("vụ")))).isInstanceOf(PairBoundedPhraseQuery.class);
    assertThat(VariantQuery.of(IndexSchema.BODY_WORDS, List.of(literal("ban"), literal("thường"),
        literal("vụ")))).isInstanceOf(PhraseQuery.class);
  }

  @Test
  void solrIsAskedForThePhrase() throws IOException {
    List<List<String>> p = List.of(List.of("mới"), List.of("trong", "trọng"));
    Query phrase = phrase(p);
    SolrQueryWriter a = new SolrQueryWriter((field, q) -> List.of());
    SolrQueryWriter b = new SolrQueryWriter((field, q) -> List.of());
    assertThat(a.write(pair(phrase, p))).isEqualTo(b.write(phrase));
    assertThat(a.params()).isEqualTo(b.params());
  }

  /** The seeds, one as NFD, and twenty excerpts of them (other lengths, so other norms). */
  private static List<Document> excerpts() throws IOException {
    List<Document> docs = new ArrayList<>(SeedCorpus.load());
    // A body that is not NFC takes the other way to its pairs.
    String nfd = Normalizer.normalize(docs.get(1).text(), Normalizer.Form.NFD);
    docs.add(Document.of("nfd", null, nfd, new ArticleMetadata("NFD", null, null, null, null)));
    for (int i = 0; i < 20; i++) {
      String text = docs.get(i % 5).text();
      int from = text.length() * i / 40;
      docs.add(Document.of("part" + i, null, text.substring(from, from + text.length() / (2 + i % 3)),
          new ArticleMetadata("part " + i, null, null, null, null)));
    }
    return docs;
  }

  private static TermPattern literal(String syllable) {
    return TermPattern.of(new QuerySyllable(syllable, true));
  }

  /** The phrase the search built before: one term per position, else a multi-term phrase. */
  private static Query phrase(List<List<String>> positions) {
    if (positions.stream().allMatch(p -> p.size() == 1)) {
      return new PhraseQuery(IndexSchema.BODY, positions.get(0).get(0), positions.get(1).get(0));
    }
    MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
    for (List<String> p : positions) {
      b.add(p.stream().map(t -> new Term(IndexSchema.BODY, t)).toArray(Term[]::new));
    }
    return b.build();
  }

  private static Query pair(Query phrase, List<List<String>> positions) {
    return new SyllablePairQuery(phrase, IndexSchema.BODY,
        positions.stream().map(p -> p.stream().map(BytesRef::new).toList()).toList(),
        IndexSchema.BODY_PAIRS);
  }

  private static List<String> distinct(String... terms) {
    return List.copyOf(new LinkedHashSet<>(List.of(terms)));
  }

  /**
   * Indexes {@code docs} six times over (other ids), so the postings of common syllables and
   * pairs span more than one block of 128 articles and ranking has blocks to skip.
   */
  private static void index(Path dir, List<Document> docs) throws IOException {
    try (LuceneIndex index = new LuceneIndex(dir, "test", TestModels.SEGMENTER)) {
      for (int copy = 0; copy < 6; copy++) {
        for (Document d : docs) {
          index.accept(Document.of(d.id() + "-" + copy, null, d.text(), d.metadata()));
        }
      }
      index.commit();
    }
  }

  private static TopDocs all(IndexSearcher searcher, Query q) throws IOException {
    int n = Math.max(1, searcher.getIndexReader().maxDoc());
    return searcher.search(q, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
  }

  /** The best three with block skipping on after the first hit. */
  private static TopDocs top3(IndexSearcher searcher, Query q) throws IOException {
    return searcher.search(q, new TopScoreDocCollectorManager(3, null, 1));
  }

  private static void assertSameHits(TopDocs actual, TopDocs expected, Object pair) {
    assertThat(actual.scoreDocs).as("hits of %s", pair).hasSameSizeAs(expected.scoreDocs);
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      ScoreDoc a = actual.scoreDocs[i];
      ScoreDoc e = expected.scoreDocs[i];
      assertThat(a.doc).as("hit %d of %s", i, pair).isEqualTo(e.doc);
      assertThat(a.score).as("score of hit %d of %s", i, pair).isEqualTo(e.score);
    }
  }

  private static void assertSameNorms(LeafReaderContext leaf) throws IOException {
    NumericDocValues body = leaf.reader().getNormValues(IndexSchema.BODY);
    NumericDocValues pairs = leaf.reader().getNormValues(IndexSchema.BODY_PAIRS);
    int checked = 0;
    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
      boolean hasBody = body.advanceExact(doc);
      assertThat(pairs.advanceExact(doc)).as("doc %d has pair norms", doc).isEqualTo(hasBody);
      if (hasBody) {
        assertThat(pairs.longValue()).as("norm of doc %d", doc).isEqualTo(body.longValue());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  private static List<String> exactTerms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(IndexSchema.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
