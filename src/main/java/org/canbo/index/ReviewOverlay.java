package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.canbo.model.Document;

/**
 * Lets search see reviewed values without rewriting the index (the server holds no index writer):
 * a filter clause F on annotation fields becomes (F and not reviewed) or (reviewed articles whose
 * reviewed annotations satisfy F), and the facet counts of figures, officials and documents
 * count a reviewed article by its reviewed values. The reviewed articles are loaded once per
 * (reader, reviews snapshot), re-applying only those whose reviews changed; each clause's
 * rewrite is cached with them. Without reviews every call returns its input untouched.
 */
final class ReviewOverlay {
  private static final int MAX_CACHED_CLAUSES = 1000;
  private final AnnotationReviews reviews;
  private final ThreadDeadline deadlines;
  private static final java.util.Set<String> FIELDS =
      java.util.Set.of(IndexSchema.ID, IndexSchema.BODY, AnnotationFields.ANNOTATIONS);
  private final Object lock = new Object();
  private State state;
  /**
   * Reviewed articles loaded from {@link #loadedFrom}, kept when a load runs out of the request's
   * time, so the next request goes on where it stopped instead of starting over.
   */
  private Map<String, ReviewedArticle> loaded = new HashMap<>();
  private DirectoryReader loadedFrom;

  ReviewOverlay(AnnotationReviews reviews, ThreadDeadline deadlines) {
    this.reviews = reviews;
    this.deadlines = deadlines;
  }

  /** The reviewed articles of one reader under one snapshot; those reviews change, by doc. */
  private record State(DirectoryReader reader, AnnotationReviews.Snapshot snapshot,
      Map<String, ReviewedArticle> articles, List<ReviewedArticle> changed, Query changedIds,
      Map<Query, Query> clauses) {}

  /** {@code clause} (a filter on annotation fields) as it holds after the reviews. */
  Query filter(DirectoryReader reader, Query clause) throws IOException {
    State s = state(reader);
    if (s == null) {
      return clause;
    }
    if (s.clauses.size() > MAX_CACHED_CLAUSES) {
      s.clauses.clear();
    }
    return s.clauses.computeIfAbsent(clause, c -> rewrite(s, c));
  }

  private static Query rewrite(State s, Query clause) {
    List<BytesRef> satisfied = new ArrayList<>();
    for (ReviewedArticle a : s.changed) {
      if (a.matches(clause)) {
        satisfied.add(new BytesRef(a.id()));
      }
    }
    Query extracted = new BooleanQuery.Builder().add(clause, BooleanClause.Occur.FILTER)
        .add(s.changedIds, BooleanClause.Occur.MUST_NOT).build();
    if (satisfied.isEmpty()) {
      return extracted;
    }
    return new BooleanQuery.Builder().add(extracted, BooleanClause.Occur.SHOULD)
        .add(new TermInSetQuery(IndexSchema.ID, satisfied), BooleanClause.Occur.SHOULD).build();
  }

  /**
   * {@code counts} (top values per dimension over {@code hits}) with each reviewed hit counted by
   * its reviewed figures, officials and documents. A value the reviews add that is not among the
   * top values shown is added only when the list was not cut (its true count is unknown).
   */
  Map<String, Map<String, Long>> facets(DirectoryReader reader, FacetsCollector hits,
      Map<String, Map<String, Long>> counts) throws IOException {
    State s = state(reader);
    if (s == null || counts == null) {
      return counts;
    }
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    Map<String, Boolean> cut = new HashMap<>();
    counts.forEach((dim, values) -> {
      out.put(dim, new LinkedHashMap<>(values));
      cut.put(dim, values.size() >= FacetCounter.TOP_VALUES);
    });
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      DocIdSetIterator it = m.bits.iterator();
      int base = m.context.docBase;
      for (ReviewedArticle a : s.changed) {
        int local = a.doc() - base;
        if (it == null || local < 0 || local >= m.context.reader().maxDoc()) {
          continue;
        }
        if (it.docID() < local) {
          it.advance(local);
        }
        if (it.docID() == local) {
          recount(out, cut, a);
        }
      }
    }
    out.replaceAll((dim, values) -> ReviewedArticle.DIMENSIONS.contains(dim) ? sorted(values) : values);
    return out;
  }

  private static void recount(Map<String, Map<String, Long>> out, Map<String, Boolean> cut,
      ReviewedArticle a) {
    for (String dim : ReviewedArticle.DIMENSIONS) {
      Map<String, Long> values = out.computeIfAbsent(dim, d -> new LinkedHashMap<>());
      for (String label : a.indexedLabels().getOrDefault(dim, java.util.Set.of())) {
        values.computeIfPresent(label, (k, n) -> n - 1);
      }
      for (String label : a.reviewedLabels().getOrDefault(dim, java.util.Set.of())) {
        if (values.containsKey(label) || !cut.getOrDefault(dim, false)) {
          values.merge(label, 1L, Long::sum);
        }
      }
    }
  }

  /** Most frequent first, the order of equal counts kept; values no hit has left out. */
  private static Map<String, Long> sorted(Map<String, Long> values) {
    Map<String, Long> out = new LinkedHashMap<>();
    values.entrySet().stream().filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The state for {@code reader} and the current reviews; null when reviews change nothing. */
  private State state(DirectoryReader reader) throws IOException {
    AnnotationReviews.Snapshot snapshot = reviews.current();
    if (snapshot.documents().isEmpty()) {
      return null;
    }
    synchronized (lock) {
      if (state == null || state.reader != reader || state.snapshot != snapshot) {
        if (loadedFrom != reader) {
          loaded = new HashMap<>();
          loadedFrom = reader;
        }
        // Loaded once per journal change and kept: not held to the one request that happens first.
        state = deadlines.suspended(() -> build(reader, snapshot, loaded));
      }
      return state.changed.isEmpty() ? null : state;
    }
  }

  /**
   * Loads and applies the reviews of each reviewed article into {@code known} (those whose
   * reviews are unchanged are reused; only id, text and annotations are read).
   */
  private static State build(DirectoryReader reader, AnnotationReviews.Snapshot snapshot,
      Map<String, ReviewedArticle> known) throws IOException {
    StoredDocuments docs = new StoredDocuments(reader);
    StoredFields stored = reader.storedFields();
    Map<String, ReviewedArticle> articles = new HashMap<>();
    for (String id : snapshot.documents()) {
      Object version = snapshot.version(id);
      ReviewedArticle a = known.get(id);
      if (a == null || !Objects.equals(a.version(), version)) {
        int doc = docs.docNumber(id);
        if (doc < 0) {
          continue; // reviews of an article no longer in the index
        }
        org.apache.lucene.document.Document fields = stored.document(doc, FIELDS);
        Document d = Document.of(id, null, fields.get(IndexSchema.BODY),
            org.canbo.model.ArticleMetadata.EMPTY)
            .withAnnotations(AnnotationFields.read(reader, doc, fields));
        a = ReviewedArticle.of(doc, d, snapshot.reviewed(d), version);
        known.put(id, a);
      }
      articles.put(id, a);
    }
    List<ReviewedArticle> changed = articles.values().stream().filter(ReviewedArticle::changed)
        .sorted(Comparator.comparingInt(ReviewedArticle::doc)).toList();
    Query ids = new TermInSetQuery(IndexSchema.ID,
        changed.stream().map(a -> new BytesRef(a.id())).toList());
    return new State(reader, snapshot, articles, changed, ids, new ConcurrentHashMap<>());
  }
}
