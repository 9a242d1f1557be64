package org.canbo.cli;

import java.nio.file.Path;
import java.util.List;
import org.canbo.index.KwicLine;
import org.canbo.index.KwicRequest;
import org.canbo.index.KwicResult;
import org.canbo.index.KwicSort;
import org.canbo.index.KwicSummary;
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
          + "matched as in search (diacritics as typed, --fold to ignore them). Plain words are "
          + "one sequence of segmented words (\"Thành ủy\" the word); with quotes or AND/OR/NOT "
          + "each matched word or phrase is a line. The output says which matching was used.",
      "--format csv or jsonl streams every line (no cap; the page options are ignored) with "
          + "the columns doc, title, date, source, left, match, right, start, end.",
      "Exit status: 0 ran (even with no lines), 1 bad query or no index."
    })
final class KwicCommand extends CanboSubcommand {
  @Mixin IndexOption index;
  @Mixin BackendOptions backend;

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

  @Option(names = "--exact-counts", description = "Count every occurrence and article exactly "
      + "(reads every matching article: slower for common words). Default: the page is exact, "
      + "the counts are estimated from the articles read to fill it when there are more.")
  boolean exactCounts;

  @Option(names = "--json", description = "Same as --format json: one JSON object "
      + "{\"total\":N,\"documents\":N,\"complete\":B,\"total_estimated\":B,"
      + "\"matching\":\"word, exact\","
      + "\"lines\":[{doc,title,date,source,left,match,right,start,end}]}.")
  boolean json;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (default: one page, aligned), json (one page), csv or jsonl (every line).")
  String format = "text";

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (complete or not at all) instead of stdout.")
  Path outFile;

  @Mixin FilterOptions filters;

  @Mixin MatchOptions matching;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The word or phrase.")
  List<String> query;

  @Override
  public Integer call() throws Exception {
    return withSearcher(index, backend, searcher -> {
      OutputFormat f = json ? OutputFormat.JSON : OutputFormat.parse(format, OutputFormat.values());
      SearchRequest search = matching.apply(filters.apply(
          SearchRequest.builder(String.join(" ", query)))).limit(limit).offset(offset).build();
      KwicRequest request = new KwicRequest(search, width, KwicSort.parse(sort), exactCounts);
      if (f == OutputFormat.CSV || f == OutputFormat.JSONL) {
        KwicSummary[] summary = new KwicSummary[1];
        TableOutput.rows(outFile, stdout(), f, KwicLine.COLUMNS,
            rows -> summary[0] = searcher.kwicExport(request, rows::write));
        err().printf("%d lines from %d articles (matching: %s)%n", summary[0].lines(),
            summary[0].documents(), summary[0].matching());
        err().flush();
        return;
      }
      KwicResult result = searcher.kwic(request);
      if (outFile == null) {
        print(f == OutputFormat.JSON, result, () -> format(request, result));
      } else {
        TableOutput.text(outFile, stdout(), f == OutputFormat.JSON
            ? json(result) + "\n" : format(request, result));
      }
    });
  }

  /** AntConc style: left context right-aligned, the match, right context left-aligned, the doc. */
  static String format(KwicRequest request, KwicResult result) {
    StringBuilder out = new StringBuilder();
    out.append(result.totalEstimated() ? "about " : "")
        .append(result.total()).append(result.total() == 1 ? " occurrence" : " occurrences")
        .append(" in ").append(result.documents()).append(" articles for ")
        .append(request.search().query())
        .append(result.complete() ? "" : " (sorted: the first " + result.lines().size() + ")")
        .append('\n').append("matching: ").append(result.matching()).append('\n');
    int w = request.width();
    int n = request.search().offset();
    for (KwicLine l : result.lines()) {
      out.append(String.format("%5d  %" + Math.max(1, w) + "s  %s  %-" + Math.max(1, w) + "s  %s%n",
          ++n, l.left(), l.match(), l.right(), l.doc()));
    }
    return out.toString();
  }
}
