package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.server.TestServer.enc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.canbo.cli.FilterOptions;
import org.canbo.dataset.Dataset;
import org.canbo.dataset.RowFilter;
import org.canbo.index.FigureCondition;
import org.canbo.index.FigureSelection;
import org.canbo.index.FilterSpec;
import org.canbo.index.SearchRequest;
import org.canbo.model.Comparison;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * One filter spec from the CLI's options and the server's parameters, read the same way, and one
 * comparison for search's figure conditions, the dataset's figure selection and {@code --where}.
 */
class FilterSpecAgreementTest {
  private static final Map<String, Object> ROTATION_50 =
      Map.of("category", "rotation", "value", 50);
  private static final Map<String, Object> ROTATION_49 =
      Map.of("category", "rotation", "value", new BigDecimal("49.5"));
  private static final Map<String, Object> DISCIPLINE_3 =
      Map.of("category", "discipline", "value", 3);

  @Test
  void theCliAndTheServerParseTheSameSpecAndTheDatasetFilterReadsItAlike() {
    FilterOptions cli = new FilterOptions();
    new CommandLine(cli).parseArgs("--figure", "luân chuyển >= 50", "--figure", "kỷ luật>0",
        "--category", "Đào tạo", "--facet", "category=kỷ luật", "--facet", "year=2019",
        "--from", "2018", "--official", "Hồ Văn Vịnh", "--cites", "04-NQ/TU");
    QueryParams params = QueryParams.parse("figure=" + enc("luân chuyển >= 50")
        + "&figure=" + enc("kỷ luật>0") + "&category=" + enc("Đào tạo")
        + "&facet.category=" + enc("kỷ luật") + "&facet.year=2019&from=2018"
        + "&official=" + enc("Hồ Văn Vịnh") + "&cites=" + enc("04-NQ/TU") + "&q=*&limit=5");

    FilterSpec spec = cli.spec();
    assertThat(SearchParams.spec(params)).isEqualTo(spec);
    assertThat(spec.figures()).containsExactly(
        new FigureCondition("rotation", Comparison.GE, new BigDecimal("50")),
        new FigureCondition("discipline", Comparison.GT, BigDecimal.ZERO));
    assertThat(spec.categories()).containsExactly("training");
    assertThat(spec.facets()).containsExactly(
        Map.entry("category", List.of("discipline")), Map.entry("year", List.of("2019")));
    SearchRequest request = SearchParams.filtered(params).build();
    assertThat(request.filters()).isEqualTo(spec);
    assertThat(spec.applyTo(SearchRequest.builder("*")).build()).isEqualTo(
        SearchParams.filtered(params).fold(false).build());

    FigureSelection selection = FigureSelection.of(spec);
    assertThat(FigureSelection.of(request)).isEqualTo(selection);
    assertThat(selection.categories()).containsExactly("training", "discipline");
    // Without category filters the figure conditions alone select, as --where does with the same
    // operator: value>=50 keeps 50 and drops 49.5.
    FilterSpec figuresOnly = FilterSpec.parse(Map.of("figure", List.of("rotation>=50")));
    RowFilter where = RowFilter.parse("category=rotation and value>=50", Dataset.FIGURES);
    for (Map<String, Object> row : List.of(ROTATION_50, ROTATION_49, DISCIPLINE_3)) {
      assertThat(FigureSelection.of(figuresOnly).test(row)).as(row.toString())
          .isEqualTo(where.test(row));
    }
    assertThat(FigureSelection.of(figuresOnly).test(ROTATION_50)).isTrue();
    assertThat(FigureSelection.of(figuresOnly).test(ROTATION_49)).isFalse();
  }

  @Test
  void anEmptySpecIsNoFilterOnEitherSide() {
    FilterOptions cli = new FilterOptions();
    new CommandLine(cli).parseArgs("--source", "  ");
    assertThat(cli.spec()).isEqualTo(FilterSpec.NONE);
    assertThat(cli.spec().isEmpty()).isTrue();
    assertThat(SearchParams.spec(QueryParams.parse("q=x&source=&facet.year="))).isEqualTo(FilterSpec.NONE);
    assertThat(SearchParams.hasFilters(QueryParams.parse("q=x&limit=3"))).isFalse();
  }
}
