package org.canbo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.canbo.index.CorpusSearcher;
import org.canbo.index.LuceneIndex;
import org.canbo.index.copies.CopyClusterer;
import org.canbo.index.copies.CopySignature;
import org.canbo.index.copies.SyndicatedVariants;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Copies;
import org.canbo.model.Document;
import org.canbo.nlp.segment.VietnameseSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code canbo bench-copies}: how well and how fast syndicated copies are grouped, on copies made
 * from the seed articles (re-wrapped, retitled, a paragraph dropped, site chrome, all at once) mixed
 * with other articles, many on the same topics: pair precision and recall, and the cost per article.
 */
@Command(
    name = "bench-copies",
    mixinStandardHelpOptions = true,
    description = "Groups copies generated from the seed articles among other articles in a "
        + "temporary index; prints pair precision and recall and the grouping cost per article.")
final class BenchCopiesCommand extends CanboSubcommand {
  @Option(names = "--seeds", paramLabel = "DIR",
      description = "Articles to copy (one per .txt file). Default: ${DEFAULT-VALUE}.")
  Path seeds = Path.of("corpus");

  @Option(names = "--others", paramLabel = "DIR", split = ",",
      description = "Other articles, none a copy of another (.txt files). Default: "
          + "../shared/dev/texts,../shared/dev2/texts where present.")
  List<Path> others = List.of(Path.of("../shared/dev/texts"), Path.of("../shared/dev2/texts"));

  @Override
  public Integer call() throws Exception {
    Map<String, String> truth = new TreeMap<>(); // id -> the story it is a copy of
    List<Document> docs = new ArrayList<>();
    for (Path seed : texts(seeds)) {
      String id = name(seed);
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      docs.add(doc(id, text));
      truth.put(id, id);
      for (var v : new TreeMap<>(SyndicatedVariants.of(text)).entrySet()) {
        docs.add(doc(id + "~" + v.getKey(), v.getValue()));
        truth.put(id + "~" + v.getKey(), id);
      }
    }
    for (Path dir : others) {
      for (Path other : Files.isDirectory(dir) ? texts(dir) : List.<Path>of()) {
        String id = dir.getFileName() + "/" + name(other);
        docs.add(doc(id, Files.readString(other, StandardCharsets.UTF_8)));
        truth.put(id, id);
      }
    }
    long signatureNanos = signatureNanos(docs);
    Path dir = Files.createTempDirectory("canbo-bench-copies");
    Map<String, Copies> found = new TreeMap<>();
    long groupingNanos;
    try {
      VietnameseSegmenter segmenter = VietnameseSegmenter.shared();
      try (LuceneIndex index = new LuceneIndex(dir, "bench", segmenter)) {
        for (Document d : docs) {
          index.accept(d);
        }
        index.commit();
        groupingNanos = index.groupingNanos();
      }
      try (CorpusSearcher searcher = new CorpusSearcher(dir, segmenter)) {
        searcher.forEachDocument(d -> found.put(d.id(), d.copies()));
      }
    } finally {
      IOUtils.rm(dir);
    }
    report(truth, found, docs.size(), signatureNanos, groupingNanos);
    return ExitCodes.OK;
  }

  private void report(Map<String, String> truth, Map<String, Copies> found, int n,
      long signatureNanos, long groupingNanos) {
    List<String> ids = new ArrayList<>(truth.keySet());
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String a = ids.get(i);
        String b = ids.get(j);
        boolean same = truth.get(a).equals(truth.get(b));
        boolean grouped = found.get(a).cluster().equals(found.get(b).cluster());
        tp += same && grouped ? 1 : 0;
        fp += !same && grouped ? 1 : 0;
        fn += same && !grouped ? 1 : 0;
        if (same != grouped && errors.size() < 20) {
          errors.add((grouped ? "  merged: " : "  missed: ") + a + " ~ " + b);
        }
      }
    }
    out().printf("articles: %d (threshold %.2f of %d MinHash buckets over %d-word shingles)%n", n,
        CopyClusterer.THRESHOLD, CopySignature.BUCKETS, CopySignature.SHINGLE);
    out().printf("copy pairs: %d true, %d found, %d right: precision %.3f, recall %.3f%n",
        tp + fn, tp + fp, tp, tp + fp == 0 ? 1.0 : (double) tp / (tp + fp),
        tp + fn == 0 ? 1.0 : (double) tp / (tp + fn));
    out().printf("grouping at commit: %.2f ms per article (%.0f ms for %d)%n",
        groupingNanos / 1e6 / n, groupingNanos / 1e6, n);
    out().printf("signature alone: %.3f ms per article%n", signatureNanos / 1e6 / n);
    errors.forEach(out()::println);
  }

  private static long signatureNanos(List<Document> docs) {
    CopySignature signature = new CopySignature();
    docs.forEach(d -> signature.terms(d.text())); // warm-up
    long started = System.nanoTime();
    docs.forEach(d -> signature.terms(d.text()));
    return System.nanoTime() - started;
  }

  private static Document doc(String id, String text) {
    return Document.of(id, null, text, ArticleMetadata.EMPTY);
  }

  private static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static String name(Path file) {
    String n = file.getFileName().toString();
    return n.substring(0, n.length() - ".txt".length());
  }
}
