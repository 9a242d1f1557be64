package org.canbo.cli;

import java.util.List;
import org.canbo.index.SearchRequest;
import org.canbo.index.TrendGranularity;
import org.canbo.index.TrendPoint;
import org.canbo.index.TrendResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code canbo trend}: matching articles and occurrences per year or month, for charts. */
@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    description = {
      "Frequency over time: articles matching the query (as in search, with the same filters) "
          + "and occurrences of it (as in kwic) per year or month. Articles without a year (or "
          + "month) are counted as unknown.",
      "Exit status: 0 ran (even with no matches), 1 bad query or no index."
    })
final class TrendCommand extends CanboSubcommand {
  @Mixin IndexOption index;
  @Mixin BackendOptions backend;

  @Option(names = "--by", paramLabel = "PERIOD", description = "year (default) or month.")
  String by = "year";

  @Option(names = "--json", description = "Print one JSON object: {\"by\":\"YEAR\",\"articles\":N,"
      + "\"occurrences\":N,\"matching\":\"word, exact\",\"periods\":[{period,articles,occurrences}],\"unknown\":{...}}.")
  boolean json;

  @Mixin FilterOptions filters;

  @Mixin MatchOptions matching;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query, as in search.")
  List<String> query;

  @Override
  public Integer call() throws Exception {
    String q = String.join(" ", query);
    return withSearcher(index, backend, searcher -> {
      SearchRequest request = matching.apply(filters.apply(SearchRequest.builder(q))).build();
      TrendResult result = searcher.trend(request, TrendGranularity.parse(by));
      print(json, result, () -> format(q, result));
    });
  }

  /** A table with a bar of '#' per period, scaled to the busiest one. */
  static String format(String query, TrendResult result) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%d articles, %d occurrences for %s%nmatching: %s%n%n",
        result.articles(), result.occurrences(), query, result.matching()));
    out.append(String.format("%-8s %8s %11s%n", "period", "articles", "occurrences"));
    long max = result.periods().stream().mapToLong(TrendPoint::articles).max().orElse(1);
    for (TrendPoint p : result.periods()) {
      out.append(String.format("%-8s %8d %11d  %s%n", p.period(), p.articles(), p.occurrences(),
          "#".repeat((int) Math.ceil(40.0 * p.articles() / Math.max(1, max)))));
    }
    if (result.unknown().articles() > 0) {
      TrendPoint u = result.unknown();
      out.append(String.format("%-8s %8d %11d%n", u.period(), u.articles(), u.occurrences()));
    }
    return out.toString();
  }
}
