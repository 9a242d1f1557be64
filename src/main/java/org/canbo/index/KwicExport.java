package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * Every concordance line of a request, streamed: the search (held to the request's time limit)
 * yields the matching articles in id order; then each article's lines are cut and handed on one
 * article at a time, in position order, so memory holds one article, never the lines.
 */
final class KwicExport {
  private final DirectoryReader reader;
  private final MatchOffsets offsets;
  private final int[] docs;
  private final int width;
  private final String matching;

  private KwicExport(DirectoryReader reader, MatchOffsets offsets, int[] docs, int width,
      String matching) {
    this.reader = reader;
    this.offsets = offsets;
    this.docs = docs;
    this.width = width;
    this.matching = matching;
  }

  /** Runs the search: the matching articles in id order, the query rewritten for their matches. */
  static KwicExport plan(HitSearch hitSearch, DirectoryReader reader, KwicRequest request)
      throws IOException {
    KwicFinder.requireQuery(request.search());
    IndexSearcher searcher = hitSearch.searcher(reader);
    HitSearch.Matched matched = hitSearch.matchAll(searcher, reader, request.search(), true);
    MatchOffsets offsets = new MatchOffsets(searcher, matched.parsed().query());
    int[] docs = DocOrder.byId(reader.storedFields(), matched.hits());
    return new KwicExport(reader, offsets, docs, request.width(),
        matched.parsed().matching().describe());
  }

  /** Cuts and hands on every line; not time-limited (the output's pace is the client's). */
  KwicSummary writeTo(KwicLineSink sink) throws IOException {
    StoredFields stored = reader.storedFields();
    long lines = 0;
    long documents = 0;
    for (int doc : docs) {
      LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
      List<MatchOffsets.Span> spans = offsets.in(leaf, doc - leaf.docBase);
      if (spans.isEmpty()) {
        continue;
      }
      documents++;
      lines += spans.size();
      List<KwicLine> cut = new ArrayList<>(spans.size());
      KwicLines.of(stored.document(doc, KwicLines.FIELDS), spans, width, cut::add);
      for (KwicLine line : cut) {
        sink.accept(line);
      }
    }
    return new KwicSummary(lines, documents, matching);
  }
}
