package org.canbo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.canbo.index.CorpusSearcher;
import org.canbo.index.FigureCondition;
import org.canbo.nlp.segment.VietnameseSegmenter;
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
      "Search the index. Words match with or without diacritics and in either tone-mark style; "
          + "\"quoted phrases\", AND, OR, NOT and parentheses work; ranking is BM25 with a title boost.",
      "Exit status: 0 search ran (even with no hits), 1 bad query or no index."
    })
final class SearchCommand extends CanboSubcommand {
  @Mixin IndexOption index;

  @Option(names = "--json", description = "Print one JSON object: {\"total\":N,\"hits\":[...]}.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", description = "Hits to show. Default: ${DEFAULT-VALUE}.")
  int limit = 10;

  @Option(names = "--from", paramLabel = "DATE", description = "Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Latest date (YYYY, YYYY-MM or YYYY-MM-DD).")
  String to;

  @Option(names = "--source", paramLabel = "S", description = "Only articles from this source (e.g. LSO).")
  String source;

  @Option(names = "--figure", paramLabel = "COND",
      description = "Only articles with a figure matching CATEGORY OP NUMBER, e.g. rotation>=50 "
          + "(OP one of >= <= = > <). Repeatable; all must hold.")
  List<String> figures = List.of();

  @Option(names = "--category", paramLabel = "C",
      description = "Only articles with figures of this category (e.g. discipline). Repeatable.")
  List<String> categories = List.of();

  @Option(names = "--cites", paramLabel = "DOC",
      description = "Only articles citing this document: its number/symbol (\"04-NQ/TU\", \"67\") "
          + "or key.")
  String cites;

  @Option(names = "--official", paramLabel = "NAME",
      description = "Only articles naming this official (\"Hồ Văn Vịnh\"; tone-mark style and case "
          + "ignored).")
  String official;

  @Option(names = "--province", paramLabel = "P",
      description = "Only articles about places in this province (\"Quảng Ninh\"), also when they "
          + "name only a district or commune of it.")
  String province;

  @Option(names = "--facets", description = "Add facet counts (year, source, locality, figure "
      + "category, province, cited document, official) over all matching articles; in JSON "
      + "as \"facets\".")
  boolean facets;

  @Option(names = "--facet", paramLabel = "DIM=VALUE",
      description = "Only articles with this facet value, e.g. year=2019, province=Quảng Ninh, "
          + "category=rotation, source=LSO (DIM one of year, source, province, locality, category, "
          + "document, official). Repeatable: values of one DIM are OR-ed, DIMs AND-ed.")
  List<String> facetFilters = List.of();

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

  @Parameters(arity = "1..*", paramLabel = "QUERY",
      description = "The query; several words are joined. title:WORD, title:\"PHRASE\" and "
          + "source:NAME search one field; WORD~ allows a typo.")
  List<String> query;

  @Override
  public Integer call() throws Exception {
    SearchResult result;
    SearchRequest request;
    try (CorpusSearcher searcher = new CorpusSearcher(index.index, VietnameseSegmenter.load())) {
      request = request();
      result = searcher.search(request);
    } catch (IllegalArgumentException e) {
      err().println("canbo search: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    if (json) {
      out().println(new ObjectMapper().writeValueAsString(result));
    } else {
      out().print(format(request, result));
    }
    return ExitCodes.OK;
  }

  private SearchRequest request() {
    SearchRequest.Builder b = SearchRequest.builder(String.join(" ", query))
        .limit(limit).offset(offset).sort(SearchSort.parse(sort)).dates(from, to).source(source)
        .figures(figures.stream().map(FigureCondition::parse).toList()).categories(categories)
        .cites(cites).official(official).province(province).facets(facets)
        .fuzzyFallback(!noFuzzy);
    if (page != null) {
      b.page(page);
    }
    for (String f : facetFilters) {
      int eq = f.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "cannot read the facet filter '" + f + "': write DIM=VALUE, e.g. year=2019");
      }
      b.facet(f.substring(0, eq).strip(), f.substring(eq + 1));
    }
    return b.build();
  }

  private static String format(SearchRequest request, SearchResult result) {
    StringBuilder out = new StringBuilder();
    out.append(result.total()).append(result.total() == 1 ? " hit" : " hits")
        .append(" for ").append(request.query())
        .append(result.fuzzy() ? " (none exact; allowing a typo per word)" : "").append('\n');
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
