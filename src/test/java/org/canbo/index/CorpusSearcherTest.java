package org.canbo.index;

import org.canbo.TestModels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSearcherTest {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  @TempDir static Path dir;
  private static CorpusSearcher searcher;

  @BeforeAll
  static void indexSeeds() throws Exception {
    SeedCorpus.index(dir, Document.of("xss", null,
          "Bài có <script>alert(1)</script> & \"><svg onload=x> và cán bộ Quảng Trị.",
          new ArticleMetadata("</mark><script>", "2024-01-02", "Test", null, null)));
    searcher = new CorpusSearcher(dir, TestModels.SEGMENTER);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static List<String> seeds(String query) throws Exception {
    return seeds(SearchRequest.of(query, 10));
  }

  private static List<String> seeds(SearchRequest request) throws Exception {
    SearchResult r = searcher.search(request);
    assertThat(r.total()).isEqualTo(r.hits().size());
    return r.hits().stream().map(h -> SeedCorpus.prefix(h.id())).sorted().toList();
  }

  @Test
  void wordsFindEverySeedThatHasThem() throws Exception {
    // All five seeds mention "luân chuyển", 002 twice (the brief expected it to lack it).
    assertThat(seeds("luân chuyển")).containsExactly("000", "001", "002", "003", "004");
    assertThat(seeds("Quảng Yên")).containsExactly("000");
  }

  @Test
  void wordsWithoutDiacriticsFindTheAccentedText() throws Exception {
    assertThat(seeds("can bo")).containsExactly("000", "001", "002", "003", "004", "xss");
    assertThat(seeds("quang yen")).containsExactly("000");
  }

  @Test
  void quotedPhraseNeedsTheWordsInOrder() throws Exception {
    assertThat(seeds("\"Nghị quyết 67\"")).containsExactly("001");
    assertThat(seeds("\"nghi quyet 67\"")).containsExactly("001");
    // As loose words, 67 is found elsewhere too, or at least not fewer documents.
    assertThat(seeds("Nghị quyết 67")).contains("001");
    assertThat(seeds("\"quyết Nghị 67\"")).isEmpty();
  }

  @Test
  void bothTonePlacementsAndBothDsGiveTheSameHits() throws Exception {
    assertThat(seeds("Thành ủy")).isEqualTo(seeds("Thành uỷ")).contains("004");
    assertThat(seeds("\"Huyện ủy Cao Lộc\"")).isEqualTo(seeds("\"Huyện uỷ Cao Lộc\""))
        .containsExactly("001");
    assertThat(seeds("Ðảng bộ")).isEqualTo(seeds("Đảng bộ")).contains("003");
  }

  @Test
  void booleanOperators() throws Exception {
    assertThat(seeds("luân chuyển NOT \"Nghị quyết 67\"")).doesNotContain("001").contains("000");
    assertThat(seeds("\"Quảng Yên\" OR \"Cao Lộc\"")).containsExactly("000", "001");
    assertThat(seeds("Quảng AND Yên")).containsExactly("000");
    assertThat(seeds("NOT cán")).containsExactly(); // every seed has "cán bộ"
    assertThat(seeds("NOT \"Quảng Yên\"")).hasSize(5);
  }

  @Test
  void dateAndSourceFilters() throws Exception {
    SearchRequest all = SearchRequest.of("luân chuyển", 10);
    assertThat(seeds(all.toBuilder().dates("2019", null).build())).containsExactly("000", "001", "004");
    assertThat(seeds(all.toBuilder().dates("2018-10", "2019-05-30").build()))
        .containsExactly("000", "003");
    assertThat(seeds(all.toBuilder().dates(null, "2018-10-02").build())).isEmpty();
    assertThat(seeds(all.toBuilder().source("lso").build())).containsExactly("001");
    assertThat(seeds(all.toBuilder().source("ĐBP").build())).containsExactly("003");
    assertThat(seeds(all.toBuilder().source("Nowhere").build())).isEmpty();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> searcher.search(all.toBuilder().dates("2020", "2019").build()));
    assertThat(e).hasMessageContaining("after");
  }

  @Test
  void accentedQueriesMatchTheirDiacriticsAndUnaccentedOnesEveryForm(@TempDir Path other)
      throws Exception {
    try (LuceneIndex index = new LuceneIndex(other, "test", TestModels.SEGMENTER)) {
      index.accept(Document.of("folded", null, "hoa binh ở đây và cả hòa", null));
      index.accept(Document.of("exact", null, "hòa bình ở đây", null));
      index.commit();
    }
    try (CorpusSearcher s = new CorpusSearcher(other, TestModels.SEGMENTER)) {
      // Typed with diacritics: only "hòa bình" (either tone placement), not "hoa binh".
      assertThat(s.search(SearchRequest.of("hòa bình", 10)).hits()).extracting(SearchHit::id)
          .containsExactly("exact");
      assertThat(s.search(SearchRequest.of("hoà bình", 10)).hits()).extracting(SearchHit::id)
          .containsExactly("exact");
      // Without any: every form (quoted, as syllables: the unaccented text is no segmented
      // word); --fold makes the accented query behave the same.
      assertThat(s.search(SearchRequest.of("\"hoa binh\"", 10)).hits()).extracting(SearchHit::id)
          .containsExactlyInAnyOrder("exact", "folded");
      assertThat(s.search(SearchRequest.of("\"hòa bình\"", 10)).hits()).extracting(SearchHit::id)
          .containsExactly("exact");
      assertThat(s.search(SearchRequest.builder("\"hòa bình\"").fold(true).build()).hits())
          .extracting(SearchHit::id).containsExactlyInAnyOrder("exact", "folded");
      // Unquoted, the run is the segmented word hòa_bình, which only "exact" has.
      assertThat(s.search(SearchRequest.of("hoa binh", 10)).hits()).extracting(SearchHit::id)
          .containsExactly("exact");
    }
  }

  @Test
  void accentVariantsThatALaterCommitAddsAreFound(@TempDir Path other) throws Exception {
    try (LuceneIndex index = new LuceneIndex(other, "test", TestModels.SEGMENTER);
        CorpusSearcher s = new CorpusSearcher(other, TestModels.SEGMENTER)) {
      index.accept(Document.of("binh", null, "Ủy ban xã Hòa Bình họp.", null));
      index.commit();
      // "binh" typed without diacritics next to an accented word: every accented form present.
      assertThat(s.search(SearchRequest.of("\"hòa binh\"", 10)).hits()).extracting(SearchHit::id)
          .containsExactly("binh");
      index.accept(Document.of("binh-sac", null, "Thôn Hòa Bính mới lập.", null));
      index.commit();
      // The same searcher looked the variants of "binh" up before: the new commit's are found.
      assertThat(s.search(SearchRequest.of("\"hòa binh\"", 10)).hits()).extracting(SearchHit::id)
          .containsExactlyInAnyOrder("binh", "binh-sac");
    }
  }

  @Test
  void snippetsMarkMatchesAndEscapeEverythingElse() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("script alert", 10));
    assertThat(r.hits()).extracting(SearchHit::id).containsExactly("xss");
    String snippet = r.hits().get(0).snippets().get(0);
    assertThat(snippet).contains("&lt;<mark>script</mark>&gt;<mark>alert</mark>(1)")
        .contains("&amp; &quot;&gt;&lt;svg");
    assertThat(TAG.matcher(snippet).results().map(m -> m.group()).distinct())
        .containsOnly("<mark>", "</mark>");
    for (SearchHit h : searcher.search(SearchRequest.of("can bo", 10)).hits()) {
      assertThat(h.snippets()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      h.snippets().forEach(s -> assertThat(TAG.matcher(s).results().map(m -> m.group()))
          .containsOnly("<mark>", "</mark>"));
    }
  }

  @Test
  void foldedQueriesHighlightTheAccentedWords() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("quang yen", 10));
    // Matched as the segmented word Quảng_Yên, marked as one.
    assertThat(r.hits().get(0).snippets().get(0)).contains("<mark>Quảng Yên</mark>");
    SearchResult phrase = searcher.search(SearchRequest.of("\"nghi quyet 67\"", 10));
    // A line break ends a passage, so the title line is not glued to the next paragraph (short
    // lines before it may still join it: passages grow towards ~200 chars).
    assertThat(phrase.hits().get(0).snippets()).first().asString()
        .endsWith("Cao Lộc: Chuyển biến từ thực hiện <mark>Nghị quyết 67</mark>");
  }

  @Test
  void malformedQueriesAreRepairedOrRejectedReadably() throws Exception {
    assertThat(seeds("\"Nghị quyết 67")).contains("001"); // dangling quote ignored
    assertThat(seeds("(Quảng Yên")).containsExactly("000");
    assertThat(seeds("Quảng Yên AND")).containsExactly("000");
    assertThat(seeds("04-NQ/TU Cao Lộc: title:x")).isEmpty(); // no regex, no field syntax
    for (String bad : new String[] {"AND", "\"\"", "( )", "NOT", "…", "OR AND -"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> searcher.search(SearchRequest.of(bad, 10)), bad);
      assertThat(e).as(bad).hasMessageContaining("no words to search for");
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.of(" ", 10));
    assertThat(e).hasMessageContaining("empty");
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
        () -> searcher.search(SearchRequest.of("cán ".repeat(300), 10)));
    assertThat(tooLong).hasMessageContaining("longer than");
  }

  @Test
  void resultSerialisesToTheDocumentedJsonShape() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("\"Nghị quyết 67\"", 1));
    String json = new ObjectMapper().writeValueAsString(r);
    assertThat(json).matches("\\{\"total\":1,\"hits\":\\[\\{\"id\":\"001_[0-9a-f]+\","
        + "\"title\":\"Cao Lộc: Chuyển biến từ thực hiện Nghị quyết 67\","
        + "\"date\":\"2020-08-09\",\"source\":\"LSO\",\"locality\":null,"
        + "\"score\":[0-9.E-]+,\"snippets\":\\[\".*\"]}],\"matching\":\"phrase, exact\"}");
  }
}
