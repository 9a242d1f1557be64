package org.canbo.index.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.canbo.TestModels;
import org.canbo.index.IndexSchema;
import org.canbo.index.CorpusSearcher;
import org.canbo.index.LuceneIndex;
import org.canbo.index.SearchRequest;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Copies;
import org.canbo.model.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Syndicated copies of the seed articles group; other articles, same topic or not, stay apart. */
class CopyClustererTest {
  private static final Path SHARED_DEV = Path.of("../shared/dev/texts/h001.txt");
  private static final Path SHARED_DEV2 = Path.of("../shared/dev2/texts/g054.txt");
  @TempDir Path tmp;
  private final Map<String, String> seeds = new TreeMap<>();

  @BeforeEach
  void readSeeds() throws IOException {
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        seeds.put(name.substring(0, name.indexOf('.')), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
  }

  private static Document doc(String id, String text, String date) {
    return Document.of(id, null, text, new ArticleMetadata(null, date, null, null, null));
  }

  private LuceneIndex index() throws IOException {
    return new LuceneIndex(tmp.resolve("index"), "test", TestModels.SEGMENTER);
  }

  private Map<String, Copies> copies() throws IOException {
    Map<String, Copies> out = new TreeMap<>();
    try (CorpusSearcher searcher = new CorpusSearcher(tmp.resolve("index"), TestModels.SEGMENTER)) {
      searcher.forEachDocument(d -> out.put(d.id(), d.copies()));
    }
    return out;
  }

  @Test
  void everyKindOfCopyJoinsItsSeedAndSeedsStayApart() throws IOException {
    try (LuceneIndex index = index()) {
      for (var seed : seeds.entrySet()) {
        index.accept(doc(seed.getKey(), seed.getValue(), "2020-01-01"));
        for (var v : SyndicatedVariants.of(seed.getValue()).entrySet()) {
          // Published later by the aggregators: the seed is the earliest copy.
          index.accept(doc("copy/" + v.getKey() + "/" + seed.getKey(), v.getValue(), "2020-01-02"));
        }
      }
      index.commit();
    }
    Map<String, Copies> copies = copies();
    assertThat(copies).hasSize(seeds.size() * 6);
    copies.forEach((id, c) -> {
      String seed = id.substring(id.lastIndexOf('/') + 1);
      assertThat(c).as(id).isEqualTo(new Copies(seed, 6));
    });
  }

  @Test
  void twoPapersReportingTheSameRotationAreNotCopies() throws IOException {
    Assumptions.assumeTrue(Files.exists(SHARED_DEV) && Files.exists(SHARED_DEV2),
        "needs ../shared/dev and dev2");
    // Thanh Niên and Tuổi Trẻ on the same 44 cadres rotated: shared facts, different articles.
    try (LuceneIndex index = index()) {
      index.accept(doc("h001", Files.readString(SHARED_DEV), "2011-06-01"));
      index.accept(doc("g054", Files.readString(SHARED_DEV2), "2011-06-01"));
      index.commit();
    }
    assertThat(copies()).containsEntry("h001", new Copies("h001", 1))
        .containsEntry("g054", new Copies("g054", 1));
  }

  @Test
  void anEarlierCopyIngestedLaterBecomesTheClusterAndReingestChangesNothing() throws IOException {
    String seed = seeds.keySet().iterator().next();
    String text = seeds.get(seed);
    String copy = SyndicatedVariants.of(text).get("all");
    try (LuceneIndex index = index()) {
      index.accept(doc(seed, text, "2020-05-02"));
      index.accept(doc("other", seeds.get(new ArrayList<>(seeds.keySet()).get(1)), "2020-05-01"));
      index.commit();
    }
    assertThat(copies()).containsEntry(seed, new Copies(seed, 1));
    for (int run = 0; run < 2; run++) {
      try (LuceneIndex index = index()) {
        index.accept(doc("zz/aggregator", copy, "2020-05-01"));
        index.commit();
      }
      assertThat(copies()).as("run " + run).containsEntry(seed, new Copies("zz/aggregator", 2))
          .containsEntry("zz/aggregator", new Copies("zz/aggregator", 2))
          .containsEntry("other", new Copies("other", 1));
    }
    // The aggregator's page replaced by another story: the seed is alone again.
    try (LuceneIndex index = index()) {
      index.accept(doc("zz/aggregator", seeds.get(new ArrayList<>(seeds.keySet()).get(2)),
          "2020-05-01"));
      index.commit();
    }
    assertThat(copies()).containsEntry(seed, new Copies(seed, 1))
        .containsEntry("zz/aggregator", new Copies("zz/aggregator", 1));
  }

  @Test
  void anIndexWrittenByTheOlderVersionGroupsNewCopiesThroughItsOldArticles() throws IOException {
    // b copies a's first two thirds, c its last two: a ~ b and a ~ c, but b !~ c, so c joins b's
    // cluster only through a's terms, which the older version stored and did not put in doc values.
    String text = seeds.values().stream().max(java.util.Comparator.comparingInt(String::length))
        .orElseThrow();
    String[] words = text.split("\\s+");
    int third = words.length / 3;
    Document a = doc("a", text, "2020-01-01");
    Document c = doc("c", String.join(" ", java.util.Arrays.copyOfRange(words, third,
        words.length)), "2020-01-02");
    Document b = doc("b", String.join(" ", java.util.Arrays.copyOfRange(words, 0,
        words.length - third)), "2020-01-03");
    CopySignature signature = new CopySignature();
    assertThat(CopySignature.similarity(signature.terms(a.text()), signature.terms(b.text())))
        .isGreaterThan(CopyClusterer.THRESHOLD);
    assertThat(CopySignature.similarity(signature.terms(a.text()), signature.terms(c.text())))
        .isGreaterThan(CopyClusterer.THRESHOLD);
    assertThat(CopySignature.similarity(signature.terms(b.text()), signature.terms(c.text())))
        .isLessThan(CopyClusterer.THRESHOLD);
    Document other = doc("other", seeds.values().iterator().next(), "2020-01-01");
    // The older version's index: a and c grouped, every signature stored.
    IndexSchema schema = new IndexSchema("test", TestModels.SEGMENTER);
    try (Directory dir = org.apache.lucene.store.FSDirectory.open(tmp.resolve("index"));
        IndexWriter writer = new IndexWriter(dir,
            new IndexWriterConfig(IndexSchema.analyzer(TestModels.SEGMENTER)))) {
      for (Document d : List.of(a.withCopies(new Copies("a", 2)), other,
          c.withCopies(new Copies("a", 2)))) {
        writer.addDocument(OlderVersion.document(schema.toLucene(d), signature.terms(d.text())));
      }
      writer.commit();
    }
    try (LuceneIndex index = index()) {
      index.accept(b);
      index.commit();
    }
    Map<String, Copies> expected = Map.of("a", new Copies("a", 3), "b", new Copies("a", 3),
        "c", new Copies("a", 3), "other", new Copies("other", 1));
    assertThat(copies()).isEqualTo(expected);
    // The same articles written by this version alone group the same.
    org.apache.lucene.util.IOUtils.rm(tmp.resolve("index"));
    try (LuceneIndex index = index()) {
      index.accept(a);
      index.accept(other);
      index.accept(c);
      index.commit();
      index.accept(b);
      index.commit();
    }
    assertThat(copies()).isEqualTo(expected);
  }

  @Test
  void collapsedSearchShowsOneHitPerCluster() throws IOException {
    String seed = seeds.keySet().iterator().next();
    try (LuceneIndex index = index()) {
      index.accept(doc(seed, seeds.get(seed), "2019-05-30"));
      int i = 0;
      for (String variant : SyndicatedVariants.of(seeds.get(seed)).values()) {
        index.accept(doc("copy" + i++, variant, "2019-06-01"));
      }
      index.commit();
    }
    try (CorpusSearcher searcher = new CorpusSearcher(tmp.resolve("index"), TestModels.SEGMENTER)) {
      var all = searcher.search(SearchRequest.builder("Quảng Yên").limit(20).build());
      var collapsed = searcher.search(
          SearchRequest.builder("Quảng Yên").limit(20).collapse(true).build());
      assertThat(all.total()).isEqualTo(6);
      assertThat(collapsed.total()).isEqualTo(1);
      assertThat(collapsed.hits()).hasSize(1);
      List<String> ids = new ArrayList<>();
      all.hits().forEach(h -> ids.add(h.id()));
      assertThat(ids).contains(collapsed.hits().get(0).id());
    }
  }

  @Test
  void aStoryWithMoreCopiesThanOneSearchPageIsOneCluster() throws IOException {
    // 20,000 copies of each seed make the search benchmark's index; grouping them must find each
    // story's copies in one search, not a page of them per copy left out (and split clusters).
    Set<String> story = new TreeSet<>();
    for (int t = 0; t < 64; t++) {
      story.add(hashTerm(t));
    }
    int copies = 10_050;
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      writer.commit();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < copies + 2; i++) {
        String id = String.format("c%05d", i);
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
        // The last two are another story, sharing none of the terms.
        Set<String> terms = i < copies ? story : Set.of(hashTerm(-1), hashTerm(-2), hashTerm(-3));
        CopyFields.add(d, Document.of(id, null, "", ArticleMetadata.EMPTY), terms);
        writer.addDocument(d);
        ids.add(id);
      }
      try (DirectoryReader previous = DirectoryReader.open(dir)) {
        new CopyClusterer(writer, IndexSchema.ID, IndexSchema.DATE_KEY).group(ids, previous);
      }
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        Map<Copies, Integer> clusters = new TreeMap<>(
            java.util.Comparator.comparing(Copies::cluster).thenComparing(Copies::duplicates));
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          clusters.merge(CopyFields.read(reader, doc), 1, Integer::sum);
        }
        assertThat(clusters).containsExactly(Map.entry(new Copies("c00000", copies), copies),
            Map.entry(new Copies(String.format("c%05d", copies), 2), 2));
      }
    }
  }

  /** A term shaped like a signature term (the base64 of a 16-byte hash), distinct for each n. */
  static String hashTerm(int n) {
    byte[] hash = java.nio.ByteBuffer.allocate(16).putLong(0x5eedL).putLong(n).array();
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
  }
}
