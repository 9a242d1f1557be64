package org.canbo.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canbo.index.FilterSpec;
import org.canbo.index.SearchRequest;
import picocli.CommandLine.Option;
import org.canbo.model.UserInputException;

/**
 * The filters shared by {@code search}, {@code kwic}, {@code trend} and {@code export}: one
 * meaning everywhere.
 */
public final class FilterOptions {
  @Option(names = "--from", paramLabel = "DATE", description = "Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Latest date (YYYY, YYYY-MM or YYYY-MM-DD).")
  String to;

  @Option(names = "--source", paramLabel = "S", description = "Only articles from this source (e.g. LSO).")
  String source;

  @Option(names = "--figure", paramLabel = "COND",
      description = "Only articles with a figure matching CATEGORY OP NUMBER, e.g. rotation>=50 "
          + "or 'luân chuyển>=50' (the category by code or Vietnamese label; OP one of >= <= = > <)."
          + " Repeatable; all must hold.")
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

  @Option(names = "--facet", paramLabel = "DIM=VALUE",
      description = "Only articles with this facet value, e.g. year=2019, province=Quảng Ninh, "
          + "category=rotation, source=LSO (DIM one of year, source, province, locality, category, "
          + "document, official; case and diacritics ignored). Repeatable: values of one DIM are "
          + "OR-ed, DIMs AND-ed.")
  List<String> facets = List.of();

  /** Whether any filter was given. */
  boolean any() {
    return !spec().isEmpty();
  }

  /** Adds the filters to {@code b}; IllegalArgumentException for a malformed one. */
  SearchRequest.Builder apply(SearchRequest.Builder b) {
    return spec().applyTo(b);
  }

  /**
   * The options as one filter spec, named as the server's parameters; IllegalArgumentException
   * for a malformed one.
   */
  public FilterSpec spec() {
    Map<String, List<String>> named = new LinkedHashMap<>();
    named.put("from", single(from));
    named.put("to", single(to));
    named.put("source", single(source));
    named.put("figure", figures);
    named.put("category", categories);
    named.put("cites", single(cites));
    named.put("official", single(official));
    named.put("province", single(province));
    for (String f : facets) {
      Map.Entry<String, String> facet = FilterSpec.facetArgument(f);
      named.computeIfAbsent(facet.getKey(), k -> new ArrayList<>()).add(facet.getValue());
    }
    return FilterSpec.parse(named);
  }

  private static List<String> single(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
