package org.canbo.index;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Writes the Lucene query canbo builds for a request (words, phrases, variants, filters) as Solr
 * local-params queries on the same fields, each piece a request parameter ({@code $q3}) so that
 * no term is escaped or analysed again: terms as {@code {!term}}, phrases as span queries of
 * {@code {!xmlparser}}, AND/OR/NOT as {@code {!bool}}, variants ("thành uy") expanded to the
 * collection's terms first. One per request.
 */
final class SolrQueryWriter {
  /** The terms of a field that a pattern matches (Solr's terms component). */
  @FunctionalInterface
  interface Terms {
    List<String> matching(String field, TermPattern pattern) throws IOException;
  }

  private final Terms terms;
  private final Map<String, String> params = new LinkedHashMap<>();

  SolrQueryWriter(Terms terms) {
    this.terms = terms;
  }

  /** The parameters the written queries refer to ({@code q0}, {@code q1}, ...). */
  Map<String, String> params() {
    return params;
  }

  /** {@code query} as a Solr query string (referring to {@link #params()}). */
  String write(Query query) throws IOException {
    if (query instanceof BooleanQuery b) {
      return bool(b);
    }
    if (query instanceof BoostQuery b) {
      return "{!boost b=" + b.getBoost() + " v=" + ref(write(b.getQuery())) + "}";
    }
    if (query instanceof TermQuery t) {
      return term(t.getTerm());
    }
    if (query instanceof SynonymQuery s) {
      return anyTerm(s.getTerms());
    }
    if (query instanceof PhraseStandIn standIn) {
      return write(standIn.phrase()); // Solr's schema has no pair field: the phrase itself
    }
    if (query instanceof PhraseQuery p) {
      List<List<String>> positions = new ArrayList<>();
      for (Term t : p.getTerms()) {
        positions.add(List.of(t.text()));
      }
      return phrase(p.getField(), positions);
    }
    if (query instanceof MultiPhraseQuery m) {
      List<List<String>> positions = new ArrayList<>();
      for (Term[] ts : m.getTermArrays()) {
        positions.add(java.util.Arrays.stream(ts).map(Term::text).toList());
      }
      return phrase(m.getTermArrays()[0][0].field(), positions);
    }
    if (query instanceof VariantQuery v) {
      return variants(v);
    }
    if (query instanceof PrefixQuery p) {
      return "{!prefix f=" + p.getField() + " v=" + ref(p.getPrefix().text()) + "}";
    }
    if (query instanceof FuzzyQuery f) {
      return "{!lucene v=" + ref(f.getField() + ":" + escape(f.getTerm().text()) + "~"
          + f.getMaxEdits()) + "}";
    }
    if (query instanceof MatchAllDocsQuery) {
      return "*:*";
    }
    if (query instanceof MatchNoDocsQuery) {
      return "{!bool must_not=*:*}";
    }
    if (query instanceof PointRangeQuery r) {
      return range(r);
    }
    throw new IllegalStateException("no Solr form for " + query.getClass().getSimpleName()
        + ": " + query);
  }

  private String bool(BooleanQuery b) throws IOException {
    StringBuilder out = new StringBuilder("{!bool");
    for (BooleanClause c : b.clauses()) {
      String occur = switch (c.getOccur()) {
        case MUST -> "must";
        case SHOULD -> "should";
        case FILTER -> "filter";
        case MUST_NOT -> "must_not";
      };
      out.append(' ').append(occur).append('=').append(ref(write(c.getQuery())));
    }
    return out.append('}').toString();
  }

  /** A term; a facet drill-down term ("$facets", "year\u001f2019") becomes the facet field's. */
  private String term(Term t) {
    if (t.field().equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
      String[] path = FacetsConfig.stringToPath(t.text());
      return "{!term f=" + SolrSchema.facetField(path[0]) + " v=" + ref(path[1]) + "}";
    }
    return "{!term f=" + t.field() + " v=" + ref(t.text()) + "}";
  }

  private String anyTerm(List<Term> any) {
    if (any.size() == 1) {
      return term(any.get(0));
    }
    StringBuilder out = new StringBuilder("{!bool");
    for (Term t : any) {
      out.append(" should=").append(ref(term(t)));
    }
    return out.append('}').toString();
  }

  private String variants(VariantQuery v) throws IOException {
    List<List<String>> positions = new ArrayList<>();
    for (TermPattern p : v.positions()) {
      List<String> matching = p.literal() ? List.of(p.text()) : terms.matching(v.field(), p);
      if (matching.isEmpty()) {
        return "{!bool must_not=*:*}";
      }
      positions.add(matching);
    }
    if (positions.size() == 1) {
      return anyTerm(positions.get(0).stream().map(t -> new Term(v.field(), t)).toList());
    }
    return phrase(v.field(), positions);
  }

  /** Terms at consecutive positions, each position one of several terms: a span query. */
  private String phrase(String field, List<List<String>> positions) {
    StringBuilder xml = new StringBuilder("<SpanNear slop=\"0\" inOrder=\"true\" fieldName=\"")
        .append(xml(field)).append("\">");
    for (List<String> any : positions) {
      if (any.size() > 1) {
        xml.append("<SpanOr>");
      }
      any.forEach(t -> xml.append("<SpanTerm>").append(xml(t)).append("</SpanTerm>"));
      if (any.size() > 1) {
        xml.append("</SpanOr>");
      }
    }
    return "{!xmlparser v=" + ref(xml.append("</SpanNear>").toString()) + "}";
  }

  /** Date keys (long points) and figure values (double points) as an inclusive range. */
  private String range(PointRangeQuery r) {
    String field = r.getField();
    String lower;
    String upper;
    if (field.startsWith(AnnotationFields.VALUE_PREFIX)) {
      field = SolrSchema.figureField(field.substring(AnnotationFields.VALUE_PREFIX.length()));
      lower = number(DoublePoint.decodeDimension(r.getLowerPoint(), 0));
      upper = number(DoublePoint.decodeDimension(r.getUpperPoint(), 0));
    } else {
      long lo = LongPoint.decodeDimension(r.getLowerPoint(), 0);
      long hi = LongPoint.decodeDimension(r.getUpperPoint(), 0);
      lower = lo == Long.MIN_VALUE ? "*" : Long.toString(lo);
      upper = hi == Long.MAX_VALUE ? "*" : Long.toString(hi);
    }
    return "{!lucene v=" + ref(escape(field) + ":[" + lower + " TO " + upper + "]") + "}";
  }

  private static String number(double d) {
    return Double.isInfinite(d) ? "*" : BigDecimal.valueOf(d).toPlainString();
  }

  private String ref(String value) {
    String name = "q" + params.size();
    params.put(name, value);
    return "$" + name;
  }

  /** Escapes the lucene syntax characters (as SolrJ's ClientUtils does). */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ("\\+-!():^[]\"{}~*?|&;/ ".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
