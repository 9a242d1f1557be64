package org.canbo.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.canbo.dataset.Dataset;
import org.canbo.dataset.DatasetFormat;
import org.canbo.dataset.DatasetWriter;
import org.canbo.dataset.ReviewColumns;
import org.canbo.dataset.RowFilter;
import org.canbo.dataset.RowStream;
import org.canbo.index.Collocate;
import org.canbo.index.CollocateResult;
import org.canbo.index.SearchBackend;
import org.canbo.index.FreqResult;
import org.canbo.index.FreqRow;
import org.canbo.index.KwicLine;
import org.canbo.index.KwicRequest;
import org.canbo.index.FigureSelection;
import org.canbo.index.SearchRequest;
import org.canbo.index.TrendGranularity;
import org.canbo.extract.figure.FigureCategory;
import org.canbo.review.ReviewSet;
import org.canbo.review.ReviewStore;
import org.canbo.review.ReviewedRows;

/**
 * The JSON API over one shared {@link SearchBackend} (each call sees the newest commit): search
 * with facets, articles with annotations (and the matches of a query), the figures table,
 * concordance (and its CSV export), trend, word frequencies, collocates (each also as CSV), the
 * dataset CSV export, the figure categories' labels and health. Bad parameters surface as
 * {@link org.canbo.model.UserInputException} or {@link HttpError}.
 */
final class ApiRoutes {
  static final int MAX_FIGURE_ROWS = 500;
  /** Articles read for the figures table: bounds the work of one request on a broad query. */
  static final int MAX_FIGURE_ARTICLES = 500;
  private static final String ARTICLES = "/api/articles/";
  /** Code and Vietnamese label of every figure category, in the schema's order. */
  private static final List<CategoryLabel> CATEGORIES = Stream.of(FigureCategory.values())
      .map(c -> new CategoryLabel(c.code(), c.label())).toList();

  /** One entry of {@code /api/categories}. */
  record CategoryLabel(String code, String label) {}

  private final SearchBackend searcher;
  private final ObjectMapper json;
  /** Null on a read-only server (no review store). */
  private final ReviewRoutes reviews;
  private final ReviewStore store;

  ApiRoutes(SearchBackend searcher, ObjectMapper json) {
    this(searcher, json, null, null);
  }

  /** With the review endpoints writing to {@code store} ({@code defaultReviewer} when unnamed). */
  ApiRoutes(SearchBackend searcher, ObjectMapper json, ReviewStore store, String defaultReviewer) {
    this.searcher = searcher;
    this.json = json;
    this.store = store;
    this.reviews = store == null ? null : new ReviewRoutes(searcher, store, defaultReviewer, json);
  }

  /** Whether POST is an action of this path. */
  boolean acceptsPost(String path) {
    return reviews != null && path.equals("/api/reviews");
  }

  void handle(Exchange r) throws IOException {
    if (reviews != null && reviews.handles(r.path())) {
      reviews.handle(r);
      return;
    }
    switch (r.path()) {
      case "/api/health" -> r.json(200, Map.of("status", "ok", "documents", searcher.count()));
      case "/api/categories" -> r.json(200, Map.of("categories", CATEGORIES));
      case "/api/search" -> r.json(200, searcher.search(SearchParams.search(r.params())));
      case "/api/kwic" -> r.json(200, searcher.kwic(SearchParams.kwic(r.params())));
      case "/api/kwic.csv" -> kwicExport(r);
      case "/api/freq" -> r.json(200, searcher.freq(SearchParams.freq(r.params())));
      case "/api/freq.csv" -> {
        FreqResult result = searcher.freq(SearchParams.freq(r.params()));
        table(r, "canbo-freq.csv", FreqRow.COLUMNS, result.rows());
      }
      case "/api/collocates" ->
          r.json(200, searcher.collocates(SearchParams.collocates(r.params())));
      case "/api/collocates.csv" -> {
        CollocateResult result = searcher.collocates(SearchParams.collocates(r.params()));
        table(r, "canbo-collocates.csv", Collocate.COLUMNS, result.rows());
      }
      case "/api/trend" -> r.json(200, searcher.trend(SearchParams.filtered(r.params()).build(),
          TrendGranularity.parse(orDefault(r.params().get("by"), "year"))));
      case "/api/figures" -> r.json(200, figures(r.params()));
      case "/api/export.csv" -> export(r);
      default -> {
        if (r.path().startsWith(ARTICLES) && r.path().length() > ARTICLES.length()) {
          article(r);
        } else {
          throw HttpError.notFound("no API endpoint at " + QueryParams.abbreviate(r.path()));
        }
      }
    }
  }

  /**
   * The rest of the path is the id, which may contain '/' (articles in sub-directories); with
   * {@code q}, the article's {@code matches} of that query are added for highlighting.
   */
  private void article(Exchange r) throws IOException {
    String raw = r.path().substring(ARTICLES.length());
    String id;
    try {
      // '+' is a plus in a path, not a space as in a query string.
      id = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("malformed percent-encoding in the article id");
    }
    var doc = searcher.find(id);
    if (doc.isEmpty()) {
      throw HttpError.notFound("no article with id " + QueryParams.abbreviate(id));
    }
    // reviewed=1: corrected values and added items in place, rejected ones kept (the page shows
    // them as rejected; GET /api/reviews gives each item's status).
    org.canbo.model.Document shown = store != null && "1".equals(r.params().get("reviewed"))
        ? store.reviews().apply(doc.get(), true).document() : doc.get();
    String q = r.params().get("q");
    if (q == null) {
      r.json(200, ArticleView.of(shown));
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> view = json.convertValue(ArticleView.of(shown), LinkedHashMap.class);
    view.put("matches", searcher.matches(id, SearchParams.query(r.params()),
        SearchParams.fold(r.params())));
    r.json(200, view);
  }

  /**
   * Figure rows of the matching articles (at most {@link #MAX_FIGURE_ROWS}) with the reviews
   * applied and each row's {@code status} and {@code reviewer}, in id order or, with {@code
   * sort=confidence}, lowest confidence first (the review queue); {@code reviewed} counts the
   * rows reviewed among all {@code rows_total} matching ones.
   */
  private Map<String, Object> figures(QueryParams params) throws IOException {
    SearchRequest request = SearchParams.filtered(params).build();
    RowFilter filter = RowFilter.parse(params.get("where"), Dataset.FIGURES)
        .minConfidence(minConfidence(params), Dataset.FIGURES)
        .and(FigureSelection.of(request));
    boolean byConfidence = "confidence".equals(params.get("sort"));
    ReviewedRows reviewed = new ReviewedRows(store == null ? ReviewSet.EMPTY : store.reviews(),
        "1".equals(params.get("include_rejected")));
    List<Map<String, Object>> rows = new ArrayList<>();
    long[] counts = {0, 0}; // matching rows, reviewed rows
    boolean dedupe = "1".equals(params.get("dedupe"));
    long articles = searcher.forEachMatch(request, MAX_FIGURE_ARTICLES, doc -> {
      if (dedupe && isCopy(doc)) {
        return;
      }
      var applied = reviewed.apply(doc);
      for (Record row : Dataset.FIGURES.rows(applied.document())) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = json.convertValue(row, LinkedHashMap.class);
        var mark = applied.of(Dataset.FIGURES, (Integer) map.get("start"), (Integer) map.get("end"));
        map.put(ReviewColumns.STATUS, mark.status());
        map.put(ReviewColumns.REVIEWER, mark.reviewer());
        if (filter.test(map)) {
          counts[0]++;
          counts[1] += "auto".equals(mark.status()) ? 0 : 1;
          if (byConfidence || rows.size() < MAX_FIGURE_ROWS) {
            rows.add(map);
          }
        }
      }
    });
    if (byConfidence) {
      rows.sort(Comparator.comparingDouble(m -> ((Number) m.get("confidence")).doubleValue()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("articles", articles);
    out.put("truncated", counts[0] > MAX_FIGURE_ROWS || articles > MAX_FIGURE_ARTICLES);
    out.put("rows_total", counts[0]);
    out.put("reviewed", counts[1]);
    out.put("rows", rows.subList(0, (int) Math.min(rows.size(), MAX_FIGURE_ROWS)));
    return out;
  }

  /** A later copy of a syndicated story (its cluster's first article is another one). */
  private static boolean isCopy(org.canbo.model.Document doc) {
    return doc.copies().dupOf(doc.id()) != null;
  }

  /**
   * The chosen dataset (figures by default) of the matching articles as CSV, streamed, with a
   * UTF-8 BOM unless {@code bom=0} so Excel reads Vietnamese; without {@code q} the articles the
   * filters select, without either the whole index.
   */
  private void export(Exchange r) throws IOException {
    QueryParams params = r.params();
    Dataset dataset = Dataset.parse(orDefault(params.get("dataset"), "figures"));
    SearchRequest request = params.get("q") == null && !SearchParams.hasFilters(params)
        ? null : SearchParams.filtered(params).build();
    RowFilter filter = RowFilter.parse(params.get("where"), dataset)
        .minConfidence(minConfidence(params), dataset);
    filter = ReviewedRows.filter(filter, dataset, "1".equals(params.get("reviewed_only")));
    ReviewedRows reviewed = new ReviewedRows(store == null ? ReviewSet.EMPTY : store.reviews(),
        "1".equals(params.get("include_rejected")));
    if (dataset == Dataset.FIGURES && request != null) {
      filter = filter.and(FigureSelection.of(request));
    }
    boolean bom = !"0".equals(params.get("bom"));
    boolean dedupe = "1".equals(params.get("dedupe"));
    RowFilter rows = filter;
    r.download("text/csv; charset=utf-8", "canbo-" + dataset + ".csv", out -> {
      LazyWriter writer = new LazyWriter(dataset, out, bom, rows, reviewed);
      SearchBackend.DocumentConsumer write = dedupe
          ? d -> { if (!isCopy(d)) writer.write(d); } : writer::write;
      if (request == null) {
        searcher.forEachDocument(write);
      } else {
        searcher.forEachMatch(request, write);
      }
      writer.close();
    });
  }

  /**
   * Every concordance line of the query (no page, no cap) as CSV, streamed as the lines are cut:
   * the query runs before the first byte, so a bad one is still a 400.
   */
  private void kwicExport(Exchange r) throws IOException {
    KwicRequest request = SearchParams.kwic(r.params());
    boolean bom = !"0".equals(r.params().get("bom"));
    r.download("text/csv; charset=utf-8", "canbo-kwic.csv", out -> {
      RowStream rows = new RowStream(KwicLine.COLUMNS, DatasetFormat.CSV, out, bom);
      searcher.kwicExport(request, rows::write);
      rows.close();
    });
  }

  /** A computed table as a CSV download, with a BOM for Excel unless {@code bom=0}. */
  private static void table(Exchange r, String filename, List<String> columns, List<?> rows)
      throws IOException {
    boolean bom = !"0".equals(r.params().get("bom"));
    r.download("text/csv; charset=utf-8", filename, out -> {
      RowStream stream = new RowStream(columns, DatasetFormat.CSV, out, bom);
      for (Object row : rows) {
        stream.write(row);
      }
      stream.close();
    });
  }

  /** The {@code min_confidence} parameter, 0 when absent. */
  private static double minConfidence(QueryParams params) {
    String v = params.get("min_confidence");
    if (v == null || v.isBlank()) {
      return 0;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("min_confidence must be a number between 0 and 1");
    }
  }

  /** Creates the dataset writer with the first document, after the query was parsed and run. */
  private static final class LazyWriter {
    private final Dataset dataset;
    private final OutputStream out;
    private final boolean bom;
    private final RowFilter filter;
    private final ReviewedRows reviewed;
    private DatasetWriter writer;

    LazyWriter(Dataset dataset, OutputStream out, boolean bom, RowFilter filter,
        ReviewedRows reviewed) {
      this.dataset = dataset;
      this.out = out;
      this.bom = bom;
      this.filter = filter;
      this.reviewed = reviewed;
    }

    void write(org.canbo.model.Document doc) throws IOException {
      reviewed.write(writer(), doc);
    }

    private DatasetWriter writer() throws IOException {
      if (writer == null) {
        writer = new DatasetWriter(dataset, DatasetFormat.CSV, out, bom, filter);
      }
      return writer;
    }

    void close() throws IOException {
      writer().close();
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
