package org.canbo.cli;

import java.util.List;
import org.canbo.dataset.Dataset;
import org.canbo.dataset.DatasetWriter;
import org.canbo.dataset.RowFilter;
import org.canbo.index.FigureSelection;
import org.canbo.index.SearchBackend;
import org.canbo.index.SearchRequest;
import org.canbo.text.Printable;
import org.canbo.review.ReviewStore;
import org.canbo.review.ReviewedRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.canbo.model.UserInputException;

/** {@code canbo export}: a dataset from the index, for a search and its filters, as JSONL or CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export a dataset from the index (sorted by document id): of every article, or of the "
          + "articles a query and the search filters select (the same filters as search). With "
          + "--category or --figure, the figures dataset keeps the figures of those categories "
          + "satisfying at least one --figure condition.",
      "--where filters rows: COLUMN OP VALUE joined by 'and', OP one of = != > >= < <= ~ "
          + "(~ = contains), e.g. --where \"category=discipline and value>=10\".",
      "Reviews of the index are applied: corrected values, added rows, rejected rows left out "
          + "(--include-rejected keeps them); figures, officials and documents end with status "
          + "and reviewer.",
      "Exit status: 0 written, 1 bad option, query or filter, or no index."
    })
final class ExportCommand extends CanboSubcommand {
  @Mixin IndexOption index;
  @Mixin BackendOptions backend;
  @Mixin DatasetOptions options;
  @Mixin FilterOptions filters;
  @Mixin MatchOptions matching;
  @Mixin ReviewOptions reviews;

  @Option(names = "--where", paramLabel = "EXPR", description = "Row filter, see above.")
  String where;

  @Option(names = "--dedupe", description = "Count each story once: keep only the rows of the "
      + "first article of each cluster of syndicated copies (rows whose dup_of is empty).")
  boolean dedupe;

  @Parameters(arity = "0..*", paramLabel = "QUERY",
      description = "Only articles matching this query (search syntax). Default: every article.")
  List<String> query = List.of();

  @Override
  public Integer call() throws Exception {
    Dataset dataset;
    SearchRequest request;
    RowFilter filter;
    try {
      dataset = options.dataset();
      options.format();
      request = request();
      filter = RowFilter.parse(where, dataset).minConfidence(options.minConfidence, dataset);
      if (request != null && dataset == Dataset.FIGURES) {
        filter = filter.and(FigureSelection.of(request));
      }
      filter = reviews.filter(filter, dataset);
      backend.solr(); // an incomplete --solr/--collection pair is a bad option
    } catch (UserInputException e) {
      err().println(Printable.escape("canbo export: " + e.getMessage()));
      return ExitCodes.FATAL;
    }
    ReviewStore store = new ReviewStore(index.index);
    try (SearchBackend searcher = backend.open(index.index, store);
        AtomicOutput output = AtomicOutput.open(options.out, stdout())) {
      DatasetWriter writer = new DatasetWriter(dataset, options.format(), output.stream(),
          options.excel, filter);
      ReviewedRows reviewed = reviews.rows(store, err());
      SearchBackend.DocumentConsumer write = d -> {
        if (!dedupe || d.copies().dupOf(d.id()) == null) {
          reviewed.write(writer, d);
        }
      };
      if (request == null) {
        searcher.forEachDocument(write);
      } else {
        searcher.forEachMatch(request, write);
      }
      writer.close();
      output.complete();
      if (options.out != null) {
        err().println(Printable.escape(writer.rows() + " rows written to " + options.out));
      }
    }
    return ExitCodes.OK;
  }

  /** The search selecting the articles, or null for all of them (no query, no filter). */
  private SearchRequest request() {
    if (query.isEmpty() && !filters.any()) {
      return null;
    }
    String q = query.isEmpty() ? SearchRequest.ALL : String.join(" ", query);
    return matching.apply(filters.apply(SearchRequest.builder(q))).build();
  }
}
