package org.canbo.cli;

import java.util.List;
import org.canbo.index.KwicLine;
import org.canbo.index.KwicRequest;
import org.canbo.index.KwicResult;
import org.canbo.index.KwicSort;
import org.canbo.index.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code canbo kwic}: every occurrence of a word or phrase in context, aligned on the match. */
@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    description = {
      "Concordance (key word in context): every occurrence of the query in the article texts, "
          + "with diacritics and tone-mark style ignored as in search. Plain words are one "
          + "phrase; with quotes or AND/OR/NOT each matched word or phrase is a line.",
      "Exit status: 0 ran (even with no lines), 1 bad query or no index."
    })
final class KwicCommand extends CanboSubcommand {
  @Mixin IndexOption index;

  @Option(names = "--width", paramLabel = "N",
      description = "Characters of context on each side. Default: ${DEFAULT-VALUE}.")
  int width = KwicRequest.DEFAULT_WIDTH;

  @Option(names = "--limit", paramLabel = "N", description = "Lines to show. Default: ${DEFAULT-VALUE}.")
  int limit = 100;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N lines.")
  int offset;

  @Option(names = "--sort", paramLabel = "ORDER",
      description = "doc (default: by article, then position), left (words left of the match, "
          + "nearest first) or right (text right of the match).")
  String sort = "doc";

  @Option(names = "--json", description = "Print one JSON object: {\"total\":N,\"documents\":N,"
      + "\"complete\":B,\"lines\":[{doc,title,date,source,left,match,right,start,end}]}.")
  boolean json;

  @Mixin FilterOptions filters;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The word or phrase.")
  List<String> query;

  @Override
  public Integer call() throws Exception {
    return withSearcher(index.index, searcher -> {
      SearchRequest search = filters.apply(SearchRequest.builder(String.join(" ", query)))
          .limit(limit).offset(offset).build();
      KwicRequest request = new KwicRequest(search, width, KwicSort.parse(sort));
      KwicResult result = searcher.kwic(request);
      print(json, result, () -> format(request, result));
    });
  }

  /** AntConc style: left context right-aligned, the match, right context left-aligned, the doc. */
  static String format(KwicRequest request, KwicResult result) {
    StringBuilder out = new StringBuilder();
    out.append(result.total()).append(result.total() == 1 ? " occurrence" : " occurrences")
        .append(" in ").append(result.documents()).append(" articles for ")
        .append(request.search().query())
        .append(result.complete() ? "" : " (sorted: the first " + result.lines().size() + ")")
        .append('\n');
    int w = request.width();
    int n = request.search().offset();
    for (KwicLine l : result.lines()) {
      out.append(String.format("%5d  %" + Math.max(1, w) + "s  %s  %-" + Math.max(1, w) + "s  %s%n",
          ++n, l.left(), l.match(), l.right(), l.doc()));
    }
    return out.toString();
  }
}
