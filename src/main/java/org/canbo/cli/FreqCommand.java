package org.canbo.cli;

import java.util.List;
import org.canbo.index.FreqGroup;
import org.canbo.index.FreqGrouping;
import org.canbo.index.FreqRequest;
import org.canbo.index.FreqResult;
import org.canbo.index.FreqRow;
import org.canbo.index.SearchRequest;
import org.canbo.index.WordCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code canbo freq}: the most frequent words of the matching articles, as a word list. */
@Command(
    name = "freq",
    mixinStandardHelpOptions = true,
    description = {
      "Word frequencies (as AntConc's Word List, quanteda's textstat_frequency): the segmented "
          + "words of the article texts matching the query and filters (all articles without a "
          + "query), with occurrences, articles (document frequency) and occurrences per 10,000 "
          + "words; optionally one list per year, source or province. Numbers, codes and "
          + "punctuation are not words.",
      "JSON: {\"query\",\"matching\",\"articles\",\"tokens\",\"groups\":[{\"group\","
          + "\"articles\",\"tokens\",\"words\":[{\"word\",\"count\",\"docs\",\"per_10k\"}]}]}; "
          + "CSV: group,word,count,docs,per_10k.",
      "Exit status: 0 ran (even with no matches), 1 bad query, option or no index."
    })
final class FreqCommand extends CanboSubcommand {
  @Mixin IndexOption index;

  @Option(names = "--by", paramLabel = "GROUP",
      description = "One list per year, source or province (an article about two provinces "
          + "counts in both; articles without a value are 'unknown').")
  String by;

  @Option(names = "--limit", paramLabel = "N",
      description = "Words per list. Default: ${DEFAULT-VALUE}.")
  int limit = FreqRequest.DEFAULT_LIMIT;

  @Mixin TableOptions table;

  @Mixin FilterOptions filters;

  @Mixin MatchOptions matching;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query, as in search.")
  List<String> query = List.of();

  @Override
  public Integer call() throws Exception {
    return withSearcher(index.index, searcher -> {
      String q = String.join(" ", query).strip();
      SearchRequest search = matching.apply(filters.apply(
          SearchRequest.builder(q.isEmpty() ? SearchRequest.ALL : q))).build();
      FreqResult result = searcher.freq(new FreqRequest(search, FreqGrouping.parse(by), limit));
      table.write(stdout(), result, () -> format(result), FreqRow.COLUMNS, result.rows());
    });
  }

  static String format(FreqResult result) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%d articles, %d words%s%nmatching: %s%n", result.articles(),
        result.tokens(), result.query().isEmpty() ? "" : " for " + result.query(),
        result.matching()));
    for (FreqGroup g : result.groups()) {
      out.append(String.format("%n%s: %d articles, %d words%n", g.group(), g.articles(), g.tokens()));
      out.append(String.format("%5s  %-24s %8s %6s %9s%n", "rank", "word", "count", "docs",
          "per 10k"));
      int rank = 0;
      for (WordCount w : g.words()) {
        out.append(String.format("%5d  %-24s %8d %6d %9.2f%n", ++rank, w.word(), w.count(),
            w.docs(), w.per10k()));
      }
    }
    return out.toString();
  }
}
