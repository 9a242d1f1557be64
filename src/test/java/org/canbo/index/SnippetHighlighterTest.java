package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.assertj.core.api.Condition;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.canbo.TestModels;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.LayerKeys;
import org.canbo.model.Span;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetHighlighterTest {
  private static final List<String> QUERIES = List.of("cán bộ", "can bo", "luân chuyển cán bộ",
      "\"ban thường vụ\"", "\"ban thuong vu\"", "Quảng Yên", "bổ nhiệm*", "chuyển~",
      "title:\"thành ủy\"", "thanh uy", "\"Nghị quyết 67\" OR huyện", "cán bộ NOT kỷ luật",
      "Hà Nội", "nguyen van", "2020", "đồng chí", "\"cán bộ\" OR bí thư", "tổ chức");

  private static final Condition<List<?>> NULL = new Condition<>(l -> l == null, "null");
  private static final Condition<List<?>> NOT_EMPTY =
      new Condition<>(l -> l != null && !l.isEmpty(), "not empty");

  @TempDir Path dir;

  /**
   * The snippets from one match of the query per hit and the cheaper passage scorer are those of
   * Lucene's own multi-field strategy (a match per masked field) and passage scorer, configured as
   * the searcher configures its highlighter; queries with words, phrases, accent variants,
   * prefixes, typos, OR and NOT, on the seeds and an article whose title alone matches.
   */
  @Test
  void snippetsAreThoseOfLucenesOwnStrategyAndScorer() throws Exception {
    SeedCorpus.index(dir, Document.of("title-only", null, "Bài không có từ cần tìm.\nHết.",
        new ArticleMetadata("Cán bộ luân chuyển", "2024-01-02", "Test", null, null)));
    Analyzer analyzer = IndexSchema.analyzer(TestModels.SEGMENTER);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      UserQueryParser parser = new UserQueryParser(analyzer, WordVocabulary.of(reader));
      int highlighted = 0;
      for (String q : QUERIES) {
        Query query = searcher.rewrite(parser.query(q));
        int[] docs = Arrays.stream(searcher.search(query, 50).scoreDocs)
            .mapToInt(d -> d.doc).toArray();
        SnippetHighlighter highlighter = new SnippetHighlighter(searcher, analyzer);
        // A title-only query has nothing to match in the body: Lucene's way (no offsets) is kept.
        assertThat(highlighter.sharedMatchParts(IndexSchema.BODY, query, highlighter.terms(query)))
            .as("%s takes its offsets from one match per hit", q)
            .is(q.startsWith("title:") ? NULL : NOT_EMPTY);
        List<List<String>> ours = highlighter.snippets(query, docs, CorpusSearcher.SNIPPETS_PER_HIT);
        Object[] lucene = new Reference(searcher, analyzer).body(query, docs);
        for (int i = 0; i < docs.length; i++) {
          assertThat(ours.get(i)).as("%s, doc %d", q, docs[i])
              .isEqualTo(lucene[i]);
          highlighted += ours.get(i).stream().anyMatch(s -> s.contains("<mark>")) ? 1 : 0;
        }
      }
      assertThat(highlighted).isGreaterThan(50);
    }
  }

  /**
   * Articles indexed with their sentence layer (as the pipeline stores it) get passages that
   * start where the pipeline's sentences start: the same snippets as Lucene's strategy given those
   * boundaries, and "HĐND TP. Hà Nội" is not cut after "TP." as the JDK's rules cut it.
   */
  @Test
  void passagesStartWhereTheStoredSentencesStart() throws Exception {
    SentenceSplitter splitter = new SentenceSplitter(Set.of("Hà Nội", "Kỳ Anh")::contains);
    Map<String, int[]> starts = new HashMap<>();
    List<Document> docs = new ArrayList<>();
    for (Document seed : SeedCorpus.load()) {
      List<Span> sentences = splitter.split(seed.text()).stream()
          .map(s -> new Span(s.start(), s.end(), "sentence")).toList();
      starts.put(seed.text(), sentences.stream().mapToInt(Span::start).toArray());
      docs.add(seed.withLayer(LayerKeys.SENTENCES, sentences));
    }
    try (LuceneIndex index = new LuceneIndex(dir, "test", TestModels.SEGMENTER)) {
      for (Document d : docs) {
        index.accept(d);
      }
      index.commit();
    }
    Analyzer analyzer = IndexSchema.analyzer(TestModels.SEGMENTER);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      UserQueryParser parser = new UserQueryParser(analyzer, WordVocabulary.of(reader));
      for (String q : QUERIES) {
        Query query = searcher.rewrite(parser.query(q));
        int[] hits = Arrays.stream(searcher.search(query, 50).scoreDocs)
            .mapToInt(d -> d.doc).toArray();
        List<List<String>> ours = new SnippetHighlighter(searcher, analyzer)
            .snippets(query, hits, CorpusSearcher.SNIPPETS_PER_HIT);
        Object[] lucene = new Reference(searcher, analyzer, starts::get).body(query, hits);
        for (int i = 0; i < hits.length; i++) {
          assertThat(ours.get(i)).as("%s, doc %d", q, hits[i]).isEqualTo(lucene[i]);
        }
      }
      Query query = searcher.rewrite(parser.query("\"Hà Nội nhấn mạnh\""));
      int[] hits = Arrays.stream(searcher.search(query, 5).scoreDocs).mapToInt(d -> d.doc).toArray();
      assertThat(new SnippetHighlighter(searcher, analyzer).snippets(query, hits, 1))
          .singleElement().asList().singleElement().asString()
          .startsWith("Tại Sở NN&amp;PTNT, Chủ tịch HĐND TP. <mark>Hà Nội nhấn mạnh</mark>");
    }
  }

  /** Lucene's highlighter as SnippetHighlighter configures it, without its two replacements. */
  private static final class Reference extends UnifiedHighlighter {
    Reference(IndexSearcher searcher, Analyzer analyzer) {
      this(searcher, analyzer, text -> null);
    }

    /** With the sentences of the texts {@code knownStarts} knows (by equal text). */
    Reference(IndexSearcher searcher, Analyzer analyzer, Function<String, int[]> knownStarts) {
      super(UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new MarkPassageFormatter())
          .withMaskedFieldsFunc(field -> IndexSchema.BODY.equals(field)
              ? Set.of(MatchOffsets.FIELDS) : Set.of())
          .withMaxNoHighlightPassages(1)
          .withMaxLength(Integer.MAX_VALUE - 1)
          .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
              new LineSentenceBreakIterator(knownStarts), SnippetHighlighter.SNIPPET_CHARS,
              0.5f)));
    }

    Object[] body(Query query, int[] docs) throws java.io.IOException {
      return highlightFieldsAsObjects(new String[] {IndexSchema.BODY}, query, docs,
          new int[] {CorpusSearcher.SNIPPETS_PER_HIT}).get(IndexSchema.BODY);
    }

    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
      OffsetSource source = super.getOptimizedOffsetSource(components);
      return source == OffsetSource.ANALYSIS
          && getOffsetSource(components.getField()) == OffsetSource.POSTINGS
          && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
          ? OffsetSource.POSTINGS : source;
    }
  }
}
