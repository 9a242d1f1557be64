package org.canbo.index.copies;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.canbo.model.Copies;

/**
 * Groups the articles changed by a batch with their syndicated copies, before the batch commits.
 * Two articles are copies when their MinHash signatures ({@link CopySignature}) share at least
 * {@link #THRESHOLD} of their terms; a cluster is a connected group of copies, so the result does
 * not depend on ingest order: an article re-ingested, or a new copy of an indexed one, makes the
 * whole group be found again (from the new article, and from the members of its old cluster, which
 * may split) and every member whose cluster id or size changed is updated in place.
 */
public final class CopyClusterer {
  /** Shared share of signature terms from which two articles are copies (tuned on bench-copies). */
  public static final double THRESHOLD = 0.5;

  private final IndexWriter writer;
  private final String idField;
  private final String dateKeyField;

  public CopyClusterer(IndexWriter writer, String idField, String dateKeyField) {
    this.writer = writer;
    this.idField = idField;
    this.dateKeyField = dateKeyField;
  }

  /** One article as clustering sees it. */
  private record Member(String id, long dateKey, Copies copies) {}

  /**
   * Groups {@code changed} (ids accepted since the last commit) with their copies; {@code
   * previous} (the last commit) gives the clusters they were in before.
   */
  public void group(Collection<String> changed, DirectoryReader previous) throws IOException {
    if (changed.isEmpty()) {
      return;
    }
    Set<String> start = new TreeSet<>(changed);
    Set<String> oldClusters = new HashSet<>();
    IndexSearcher before = new IndexSearcher(previous);
    for (String id : changed) {
      int doc = docNumber(before, id);
      if (doc >= 0) {
        Copies old = CopyFields.read(previous, doc);
        if (old.duplicates() > 1) {
          oldClusters.add(old.cluster());
        }
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null); // every id query is new: caching only costs
      SharedTerms shared = new SharedTerms(reader, CopyFields.SIGNATURE);
      start.addAll(membersOf(reader, oldClusters));
      Set<String> done = new HashSet<>();
      Signatures signatures = new Signatures(reader);
      for (String id : start) {
        if (!done.contains(id)) {
          List<Member> component = component(searcher, shared, id, signatures);
          component.forEach(m -> done.add(m.id()));
          update(component);
        }
      }
    }
  }

  /** Every article reachable from {@code id} through copies (itself alone when it has none). */
  private List<Member> component(IndexSearcher searcher, SharedTerms shared, String id,
      Signatures signatures) throws IOException {
    int first = docNumber(searcher, id);
    if (first < 0) {
      return List.of(); // replaced and gone: nothing to group
    }
    Map<Integer, Member> found = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(first);
    found.put(first, member(searcher, first));
    // An article whose signature equals one already searched has the same copies, all found by
    // then: exact copies of one story are searched once, not once each (kept by a digest).
    Set<ByteBuffer> searched = new HashSet<>();
    while (!queue.isEmpty()) {
      int next = queue.poll();
      Set<String> terms = signatures.of(next);
      if (!searched.add(Signatures.key(terms))) {
        continue;
      }
      for (int doc : copiesOf(shared, next, terms, signatures)) {
        if (!found.containsKey(doc)) {
          found.put(doc, member(searcher, doc));
          queue.add(doc);
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /** The documents sharing at least the threshold of their signature terms with {@code doc}. */
  private static List<Integer> copiesOf(SharedTerms shared, int doc, Set<String> terms,
      Signatures signatures) throws IOException {
    if (terms.isEmpty()) {
      return List.of();
    }
    List<Integer> copies = new ArrayList<>();
    for (SharedTerms.Match hit : shared.atLeast(terms, (int) Math.ceil(THRESHOLD * terms.size()))) {
      if (hit.doc() == doc) {
        continue;
      }
      int size = signatures.size(hit.doc());
      if (hit.shared() >= THRESHOLD * Math.max(size, terms.size())) {
        copies.add(hit.doc());
      }
    }
    return copies;
  }

  /** Cluster id: the earliest member by date (undated last), then by id; updates what changed. */
  private void update(List<Member> component) throws IOException {
    if (component.isEmpty()) {
      return;
    }
    Member head = component.stream().min(Comparator.comparingLong(Member::dateKey)
        .thenComparing(Member::id)).orElseThrow();
    Copies copies = new Copies(head.id(), component.size());
    for (Member m : component) {
      if (!copies.equals(m.copies())) {
        writer.updateDocValues(new Term(idField, m.id()),
            CopyFields.values(copies).toArray(new org.apache.lucene.document.Field[0]));
      }
    }
  }

  private Member member(IndexSearcher searcher, int doc) throws IOException {
    String id = searcher.storedFields().document(doc, Set.of(idField)).get(idField);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues dates = leaf.reader().getNumericDocValues(dateKeyField);
    long date = dates != null && dates.advanceExact(doc - leaf.docBase)
        ? dates.longValue() : Long.MAX_VALUE;
    return new Member(id, date, CopyFields.read(searcher.getIndexReader(), doc));
  }

  private int docNumber(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(idField, id)), 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  /** Ids of the live articles whose cluster is one of {@code clusters} (a scan of doc values). */
  private Set<String> membersOf(DirectoryReader reader, Set<String> clusters) throws IOException {
    Set<String> ids = new TreeSet<>();
    if (clusters.isEmpty()) {
      return ids;
    }
    Bits live = MultiBits.getLiveDocs(reader);
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues values = leaf.reader().getBinaryDocValues(CopyFields.CLUSTER);
      if (values == null) {
        continue;
      }
      for (int d = values.nextDoc(); d != BinaryDocValues.NO_MORE_DOCS; d = values.nextDoc()) {
        int doc = leaf.docBase + d;
        if ((live == null || live.get(doc))
            && clusters.contains(values.binaryValue().utf8ToString())) {
          ids.add(reader.storedFields().document(doc, Set.of(idField)).get(idField));
        }
      }
    }
    return ids;
  }
}
