import java.nio.file.*;
import java.util.*;
import org.canbo.index.*;
import org.canbo.model.*;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.review.*;

/**
 * Harness: search latency with and without the review overlay on a copy of a bench-search index
 * (run: java -cp target/canbo.jar tools/ReviewOverlayBench.java INDEX_COPY N_REVIEWS; it writes
 * INDEX_COPY/reviews.jsonl, so never point it at an index you keep).
 */
public class ReviewOverlayBench {
  public static void main(String[] a) throws Exception {
    Path index = Path.of(a[0]);
    int n = Integer.parseInt(a[1]);
    VietnameseSegmenter seg = VietnameseSegmenter.load();
    ReviewStore store = new ReviewStore(index);
    try (CorpusSearcher plain = new CorpusSearcher(index, seg);
        CorpusSearcher reviewed = new CorpusSearcher(index, seg, store)) {
      if (store.reviews().size() == 0) {
        Path file = Files.createTempFile("reviews", ".jsonl");
        StringBuilder lines = new StringBuilder();
        int made = 0;
        for (ArticleRow row : plain.articles()) {
          Document d = plain.find(row.id()).orElseThrow();
          if (d.annotations().figures().isEmpty()) continue;
          Figure f = d.annotations().figures().get(0);
          lines.append("{\"doc\":\"").append(d.id()).append("\",\"type\":\"figure\",\"start\":")
              .append(f.start()).append(",\"end\":").append(f.end())
              .append(",\"action\":\"correct\",\"fields\":{\"value\":")
              .append(f.value().add(java.math.BigDecimal.valueOf(7)).toPlainString())
              .append("},\"reviewer\":\"bench\"}\n");
          if (++made == n) break;
        }
        Files.writeString(file, lines);
        System.out.println(store.importFile(file, plain::find, "bench"));
      }
      List<SearchRequest> requests = List.of(
          SearchRequest.builder("*").figures(List.of(FigureCondition.parse("rotation>=12"))).facets(true).build(),
          SearchRequest.builder("cán bộ").facets(true).build(),
          SearchRequest.builder("cán bộ").build());
      long t0 = System.nanoTime();
      reviewed.search(requests.get(0));
      System.out.printf("first search with %d reviews (loads the reviewed articles): %.1f ms%n",
          store.reviews().size(), (System.nanoTime() - t0) / 1e6);
      for (SearchRequest r : requests) {
        System.out.printf("%-60s without: %s  with: %s  totals %d / %d%n",
            r.query() + " " + r.figures() + (r.facets() ? " +facets" : ""), time(plain, r),
            time(reviewed, r), plain.search(r).total(), reviewed.search(r).total());
      }
    }
  }

  static String time(CorpusSearcher s, SearchRequest r) throws Exception {
    for (int i = 0; i < 20; i++) s.search(r);
    long[] t = new long[100];
    for (int i = 0; i < t.length; i++) {
      long t0 = System.nanoTime();
      s.search(r);
      t[i] = System.nanoTime() - t0;
    }
    Arrays.sort(t);
    return String.format("p50 %6.2f ms p99 %6.2f ms", t[50] / 1e6, t[98] / 1e6);
  }
}
