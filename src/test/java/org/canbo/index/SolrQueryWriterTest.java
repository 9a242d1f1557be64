package org.canbo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.canbo.TestModels;
import org.junit.jupiter.api.Test;

/**
 * The Solr form of canbo's queries: terms and phrases sent exactly (no second analysis), variants
 * expanded to the collection's terms, filters on the configset's fields.
 */
class SolrQueryWriterTest {
  private final UserQueryParser parser = new UserQueryParser(
      IndexSchema.analyzer(TestModels.SEGMENTER), WordVocabulary.of(Set.of("luân_chuyển")));

  private static String written(SolrQueryWriter w, Query q) throws IOException {
    String top = w.write(q);
    return top + " " + w.params();
  }

  @Test
  void aPhraseIsASpanOfItsExactSyllablesInTitleAndBody() throws IOException {
    SolrQueryWriter w = new SolrQueryWriter((field, p) -> List.of());
    String out = written(w, parser.query("\"Nghị quyết 67\""));
    assertThat(out).contains("{!boost b=3.0", "{!xmlparser",
        "<SpanNear slop=\"0\" inOrder=\"true\" fieldName=\"title\"><SpanTerm>nghị</SpanTerm>"
            + "<SpanTerm>quyết</SpanTerm><SpanTerm>67</SpanTerm></SpanNear>",
        "fieldName=\"body\"");
  }

  @Test
  void aKnownWordIsOneTermOfTheWordFields() throws IOException {
    String out = written(new SolrQueryWriter((field, p) -> List.of()), parser.query("luân chuyển"));
    assertThat(out).contains("{!term f=body_words v=$", "=luân_chuyển");
  }

  @Test
  void wordsTypedWithoutSomeDiacriticsExpandToTheCollectionsTerms() throws IOException {
    SolrQueryWriter w = new SolrQueryWriter((field, p) -> p.text().equals("uy")
        ? List.of("ủy", "úy") : List.of());
    assertThat(written(w, parser.query("\"Thành uy\""))).contains("<SpanTerm>thành</SpanTerm>"
        + "<SpanOr><SpanTerm>ủy</SpanTerm><SpanTerm>úy</SpanTerm></SpanOr>");
    SolrQueryWriter none = new SolrQueryWriter((field, p) -> List.of());
    assertThat(written(none, parser.query("\"Thành uy\""))).contains("{!bool must_not=*:*}");
  }

  @Test
  void figureConditionsAndDatesAreRangesOnTheConfigsetFields() throws IOException {
    SearchRequest r = SearchRequest.builder("*").dates("2019", "2020-06")
        .figures(List.of(FigureCondition.parse("luân chuyển>=50"))).facet(Facets.PROVINCE, "Quảng Ninh")
        .build();
    Query filtered = new SearchFilters(new CiteTerms(org.canbo.extract.document.DocumentKeys.load()))
        .apply(new org.apache.lucene.search.MatchAllDocsQuery(), r, (dim, v) -> List.of(v),
            SearchFilters.Reviewed.NONE);
    String out = written(new SolrQueryWriter((field, p) -> List.of()), filtered);
    assertThat(out).contains("date_key:[20190000 TO 20200699]", "fig_rotation:[50.0 TO *]",
        "{!term f=facet_province v=$", "=Quảng Ninh");
  }

  @Test
  void aQueryWithoutSolrFormSaysWhich() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        new SolrQueryWriter((f, p) -> List.of()).write(
            new org.apache.lucene.search.WildcardQuery(new org.apache.lucene.index.Term("body", "c*b"))));
    assertThat(e).hasMessageContaining("WildcardQuery");
  }
}
