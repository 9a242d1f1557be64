package org.canbo.cli;

import java.util.List;
import org.canbo.index.SearchHit;
import org.canbo.index.SearchRequest;
import org.canbo.index.SearchResult;
import org.canbo.index.SearchSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code canbo search}: ranked hits with highlighted snippets, as text or one JSON object. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index. A word typed with diacritics matches exactly those (either tone-mark "
          + "style), one typed without any matches every accented form (--fold: all words so); "
          + "plain words one after another match as the segmented words of the index where it "
          + "has them (\"Thành ủy\" the word, not two syllables anywhere); \"quoted phrases\", "
          + "AND, OR, NOT and parentheses work; ranking is BM25 with a title boost.",
      "Exit status: 0 search ran (even with no hits), 1 bad query or no index."
    })
final class SearchCommand extends CanboSubcommand {
  @Mixin IndexOption index;
  @Mixin BackendOptions backend;

  @Option(names = "--json", description = "Print one JSON object: {\"total\":N,\"hits\":[...],"
      + "\"matching\":\"word, exact\"}; \"total_at_least\":true when the total is a lower bound.")
  boolean json;

  @Option(names = "--exact-total", description = "Count every matching article even when there "
      + "are more than " + SearchRequest.COUNTED_HITS + " (slower for common words); without it "
      + "(and without --facets) the total is then a lower bound, shown as 'at least N'.")
  boolean exactTotal;

  @Option(names = "--limit", paramLabel = "N", description = "Hits to show. Default: ${DEFAULT-VALUE}.")
  int limit = 10;

  @Mixin FilterOptions filters;

  @Mixin MatchOptions matching;

  @Option(names = "--facets", description = "Add facet counts (year, source, locality, figure "
      + "category, province, cited document, official) over all matching articles; in JSON "
      + "as \"facets\".")
  boolean facets;

  @Option(names = "--sort", paramLabel = "ORDER",
      description = "relevance (default), newest or oldest; undated articles come last.")
  String sort = "relevance";

  @Option(names = "--page", paramLabel = "N", description = "Page N (from 1) of --limit hits.")
  Integer page;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N hits.")
  int offset;

  @Option(names = "--no-fuzzy", negatable = false,
      description = "Do not retry a query without hits with one typo allowed per word.")
  boolean noFuzzy;

  @Option(names = "--collapse", description = "Syndicated copies count once: one hit per cluster "
      + "of copies (its best match); the total counts clusters.")
  boolean collapse;

  @Parameters(arity = "1..*", paramLabel = "QUERY",
      description = "The query; several words are joined. title:WORD, title:\"PHRASE\" and "
          + "source:NAME search one field; WORD~ allows a typo.")
  List<String> query;

  @Override
  public Integer call() throws Exception {
    return withSearcher(index, backend, searcher -> {
      SearchRequest request = request();
      SearchResult result = searcher.search(request);
      print(json, result, () -> format(request, result));
    });
  }

  private SearchRequest request() {
    SearchRequest.Builder b = matching.apply(
        filters.apply(SearchRequest.builder(String.join(" ", query))))
        .limit(limit).offset(offset).sort(SearchSort.parse(sort)).facets(facets)
        .fuzzyFallback(!noFuzzy).collapse(collapse).exactTotal(exactTotal);
    if (page != null) {
      b.page(page);
    }
    return b.build();
  }

  private static String format(SearchRequest request, SearchResult result) {
    StringBuilder out = new StringBuilder();
    out.append(result.totalAtLeast() ? "at least " : "")
        .append(result.total()).append(result.total() == 1 ? " hit" : " hits")
        .append(" for ").append(request.query())
        .append(result.fuzzy() ? " (none exact; allowing a typo per word)" : "").append('\n')
        .append("matching: ").append(result.matching()).append('\n');
    int rank = request.offset();
    for (SearchHit hit : result.hits()) {
      out.append(String.format("%n%d. %s  %s  %s  score %.3f%n", ++rank, hit.id(),
          orDash(hit.date()), orDash(hit.source()), hit.score()));
      out.append("   ").append(orDash(hit.title())).append('\n');
      for (String snippet : hit.snippets()) {
        out.append("   … ").append(TerminalMarkup.fromHtml(snippet)).append('\n');
      }
    }
    if (result.facets() != null) {
      out.append('\n');
      result.facets().forEach((dim, values) -> out.append(dim).append(": ").append(
          values.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
              .collect(java.util.stream.Collectors.joining(", "))).append('\n'));
    }
    return out.toString();
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
