package org.canbo.index;

import org.canbo.index.copies.CopyFields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Loads every article matching a search request (the hits {@link HitSearch} would count, typo
 * retry included), one at a time in id order, so a dataset for the current filter streams like a
 * full export does.
 */
final class MatchingDocuments {
  private final HitSearch hitSearch;
  private final Analyzer analyzer;

  MatchingDocuments(HitSearch hitSearch, Analyzer analyzer) {
    this.hitSearch = hitSearch;
    this.analyzer = analyzer;
  }

  /**
   * Calls {@code consumer} with the first {@code maxDocuments} matching documents in id order;
   * returns how many matched in all.
   */
  long forEach(DirectoryReader reader, SearchRequest request, int maxDocuments,
      CorpusSearcher.DocumentConsumer consumer) throws IOException {
    IndexSearcher searcher = hitSearch.searcher(reader);
    UserQueryParser parser = new UserQueryParser(analyzer);
    List<Integer> docs = collect(searcher, hitSearch.filtered(parser.parse(request.query()),
        request, reader), request);
    if (docs.isEmpty() && request.fuzzyFallback()) {
      Optional<Query> typos = parser.parseWithTypos(request.query());
      if (typos.isPresent()) {
        docs = collect(searcher, hitSearch.filtered(typos.get(), request, reader), request);
      }
    }
    StoredFields stored = reader.storedFields();
    Set<String> idOnly = Set.of(IndexSchema.ID);
    List<Map.Entry<String, Integer>> order = new ArrayList<>(docs.size());
    for (int doc : docs) {
      order.add(Map.entry(stored.document(doc, idOnly).get(IndexSchema.ID), doc));
    }
    order.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, Integer> e : order.subList(0, Math.min(maxDocuments, order.size()))) {
      consumer.accept(IndexSchema.toModel(stored.document(e.getValue()))
          .withCopies(CopyFields.read(reader, e.getValue())));
    }
    return order.size();
  }

  private List<Integer> collect(IndexSearcher searcher, Query query, SearchRequest request)
      throws IOException {
    List<Integer> docs = searcher.search(query, new AllDocs());
    hitSearch.checkTimeout(searcher, request.query());
    return docs;
  }

  /** Collects the global numbers of all matching documents, no scores. */
  private static final class AllDocs implements CollectorManager<DocCollector, List<Integer>> {
    @Override
    public DocCollector newCollector() {
      return new DocCollector();
    }

    @Override
    public List<Integer> reduce(Collection<DocCollector> collectors) {
      List<Integer> all = new ArrayList<>();
      collectors.forEach(c -> all.addAll(c.docs));
      return all;
    }
  }

  private static final class DocCollector extends SimpleCollector {
    private final List<Integer> docs = new ArrayList<>();
    private int base;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      base = context.docBase;
    }

    @Override
    public void collect(int doc) {
      docs.add(base + doc);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
