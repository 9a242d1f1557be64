package org.canbo.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.canbo.model.Annotations;
import org.canbo.model.Document;

/**
 * One reviewed article as search sees it: its doc number, the facet values its indexed
 * annotations gave and those its reviewed ones give, and the reviewed annotation fields in a
 * one-document memory index, so a filter clause is evaluated on them exactly as Lucene evaluates
 * it on the index ("fig.rotation" points, category, official and citation terms, drill-downs).
 * Articles whose reviews change nothing (confirmations) carry no memory index.
 */
record ReviewedArticle(int doc, String id, Object version, MemoryIndex reviewed,
    Map<String, Set<String>> indexedLabels, Map<String, Set<String>> reviewedLabels) {
  /** The facet dimensions counted from figures, officials and cited documents. */
  static final List<String> DIMENSIONS = List.of(Facets.CATEGORY, Facets.OFFICIAL, Facets.DOCUMENT);

  static ReviewedArticle of(int doc, Document stored, Annotations reviewed, Object version) {
    Annotations indexed = stored.annotations();
    if (indexed.figures().equals(reviewed.figures())
        && indexed.officials().equals(reviewed.officials())
        && indexed.documents().equals(reviewed.documents())) {
      return new ReviewedArticle(doc, stored.id(), version, null, Map.of(), Map.of());
    }
    org.apache.lucene.document.Document after = fields(reviewed);
    return new ReviewedArticle(doc, stored.id(), version, memory(after),
        labels(fields(indexed)), labels(after));
  }

  /** Whether reviews change what search sees of this article. */
  boolean changed() {
    return reviewed != null;
  }

  /** Whether the reviewed annotations satisfy {@code clause} (a filter on annotation fields). */
  boolean matches(Query clause) {
    return reviewed.search(clause) > 0;
  }

  private static org.apache.lucene.document.Document fields(Annotations a) {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    AnnotationFields.addSearchable(d, a);
    return d;
  }

  private static Map<String, Set<String>> labels(org.apache.lucene.document.Document d) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      if (f instanceof SortedSetDocValuesFacetField facet && DIMENSIONS.contains(facet.dim)) {
        out.computeIfAbsent(facet.dim, k -> new LinkedHashSet<>()).add(facet.label);
      }
    }
    return out;
  }

  /** The indexed and point fields, facet drill-down terms built as the index builds them. */
  private static MemoryIndex memory(org.apache.lucene.document.Document d) {
    try {
      List<IndexableField> searchable = Facets.config().build(d).getFields().stream()
          .filter(f -> f.fieldType().indexOptions() != IndexOptions.NONE
              || f.fieldType().pointDimensionCount() > 0)
          .collect(Collectors.toList());
      MemoryIndex index = MemoryIndex.fromDocument(searchable, new KeywordAnalyzer());
      index.freeze(); // searched from several threads
      return index;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // building facet fields does no I/O
    }
  }
}
