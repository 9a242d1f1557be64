package org.canbo.cli;

import java.util.List;
import org.canbo.index.Collocate;
import org.canbo.index.CollocateRequest;
import org.canbo.index.CollocateResult;
import org.canbo.index.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code canbo collocates}: words that occur near the query more often than chance. */
@Command(
    name = "collocates",
    mixinStandardHelpOptions = true,
    description = {
      "Collocates (as AntConc's Collocates): segmented words within --window words either side "
          + "of the query's occurrences (matched as in kwic) in the articles passing the filters, "
          + "ranked by log-likelihood (Dunning's G²) against their frequency in those articles, "
          + "with mutual information (MI, bits) beside it; only words occurring more often than "
          + "expected are listed. See README for the formula.",
      "JSON: {\"query\",\"matching\",\"window\",\"measure\",\"node_count\",\"rows\":"
          + "[{\"word\",\"count\",\"word_count\",\"score\",\"mi\"}]}; CSV: "
          + "word,count,word_count,score,mi.",
      "Exit status: 0 ran (even with no collocates), 1 bad query, option or no index."
    })
final class CollocatesCommand extends CanboSubcommand {
  @Mixin IndexOption index;

  @Option(names = "--window", paramLabel = "N",
      description = "Words either side of the query. Default: ${DEFAULT-VALUE}.")
  int window = CollocateRequest.DEFAULT_WINDOW;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Least co-occurrences for a word to be listed. Default: ${DEFAULT-VALUE}.")
  int minCount = CollocateRequest.DEFAULT_MIN_COUNT;

  @Option(names = "--limit", paramLabel = "N", description = "Rows. Default: ${DEFAULT-VALUE}.")
  int limit = CollocateRequest.DEFAULT_LIMIT;

  @Mixin TableOptions table;

  @Mixin FilterOptions filters;

  @Mixin MatchOptions matching;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The word or phrase (the node).")
  List<String> query;

  @Override
  public Integer call() throws Exception {
    return withSearcher(index.index, searcher -> {
      SearchRequest search = matching.apply(filters.apply(
          SearchRequest.builder(String.join(" ", query)))).build();
      CollocateResult result =
          searcher.collocates(new CollocateRequest(search, window, minCount, limit));
      table.write(stdout(), result, () -> format(result), Collocate.COLUMNS, result.rows());
    });
  }

  static String format(CollocateResult result) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%d occurrences of %s, window %d, ranked by %s%nmatching: %s%n%n",
        result.nodeCount(), result.query(), result.window(), result.measure(), result.matching()));
    out.append(String.format("%5s  %-24s %7s %10s %10s %7s%n", "rank", "word", "count",
        "word count", "G2", "MI"));
    int rank = 0;
    for (Collocate c : result.rows()) {
      out.append(String.format("%5d  %-24s %7d %10d %10.3f %7.3f%n", ++rank, c.word(), c.count(),
          c.wordCount(), c.score(), c.mi()));
    }
    return out.toString();
  }
}
