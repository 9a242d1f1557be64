package org.canbo.index;

import java.io.IOException;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.canbo.model.UserInputException;

/**
 * Builds concordance (KWIC) lines: finds the matching articles with the index (a run of plain
 * words as one sequence of segmented words), takes each match's offsets from the postings
 * ({@link MatchOffsets}) and cuts the context out of the stored clean text, so a query typed
 * without diacritics or in the other tone-mark style still shows the original characters.
 *
 * <p>Articles are read in id order and only until the page is full ({@link KwicSort#DOC}) or
 * {@link #MAX_SORTED} lines are held for sorting: finding a match's offsets and reading the stored
 * text cost per article, so reading every match made a common word take seconds on 100,000
 * articles. The occurrences and articles not read are then estimated from those read (flagged
 * {@code total_estimated}), unless the request asks for exact counts.
 */
final class KwicFinder {
  /**
   * Lines kept for sorting by context; beyond this only the count goes on. Each kept line costs a
   * stored-text read, which dominates latency on large indexes (20,000 lines: p50 0.67 s on
   * 100,000 articles), so a few thousand is the budget; the result says when it is incomplete.
   */
  static final int MAX_SORTED = 5_000;

  private final HitSearch hitSearch;

  KwicFinder(HitSearch hitSearch) {
    this.hitSearch = hitSearch;
  }

  KwicResult find(DirectoryReader reader, KwicRequest request) throws IOException {
    SearchRequest search = request.search();
    requireQuery(search);
    Deadline deadline = hitSearch.deadline();
    IndexSearcher searcher = hitSearch.searcher(reader);
    HitSearch.Matched matched = hitSearch.matchAll(searcher, reader, search, true);
    MatchOffsets offsets = new MatchOffsets(searcher, matched.parsed().query());
    IdOrderedMatches byId = new IdOrderedMatches(reader, matched.hits());
    boolean byDoc = request.sort() == KwicSort.DOC;
    // The lines to cut: the page itself in document order, else everything the sort may hold.
    long wanted = byDoc ? (long) search.offset() + search.limit() : MAX_SORTED;
    StoredFields stored = reader.storedFields();
    List<LeafReaderContext> leaves = reader.leaves();
    List<KwicLine> lines = new ArrayList<>();
    long total = 0;
    long documents = 0;
    int read = 0;
    IdOrderedMatches.DocIterator docs =
        byId.iterator(request.exactCounts() ? byId.count() : (int) Math.min(wanted, byId.count()));
    for (int doc = docs.next(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.next()) {
      if (total >= wanted && !request.exactCounts()) {
        break;
      }
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      List<MatchOffsets.Span> spans = offsets.in(leaf, doc - leaf.docBase);
      read++;
      if (!spans.isEmpty()) { // else matched in the title only
        int first = (int) Math.max(0, Math.min(spans.size(), (byDoc ? search.offset() : 0) - total));
        int last = (int) Math.max(first, Math.min(spans.size(), wanted - total));
        if (last > first) {
          KwicLines.of(stored.document(doc, KwicLines.FIELDS), spans.subList(first, last),
              request.width(), lines::add);
        }
        total += spans.size();
        documents++;
      }
      deadline.check(search.query());
    }
    boolean estimated = read < byId.count();
    if (estimated) {
      total = scale(total, read, byId.count());
      documents = scale(documents, read, byId.count());
    }
    List<KwicLine> page = lines;
    if (!byDoc) {
      sort(lines, request.sort());
      int from = Math.min(search.offset(), lines.size());
      page = lines.subList(from, Math.min(from + search.limit(), lines.size()));
    }
    boolean complete = byDoc || !estimated && total == lines.size();
    return new KwicResult(total, documents, complete, estimated,
        matched.parsed().matching().describe(), page);
  }

  /** {@code seen} of {@code read} articles, extrapolated to all {@code count} (at least seen). */
  private static long scale(long seen, int read, int count) {
    return read == 0 ? seen : Math.max(seen, Math.round((double) seen * count / read));
  }

  /** Concordances need words to look for: IllegalArgumentException without a query. */
  static void requireQuery(SearchRequest request) {
    if (request.matchesAll()) {
      throw new UserInputException("the query is empty: type the word or phrase to look for");
    }
  }

  /** Sorts by context; ties stay in document order. */
  private static void sort(List<KwicLine> lines, KwicSort by) {
    Comparator<KwicLine> byDoc =
        Comparator.comparing(KwicLine::doc).thenComparingInt(KwicLine::start);
    // Vietnamese collation, ignoring case: "Đảng" sorts after "dân", next to "đất".
    Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
    collator.setStrength(Collator.SECONDARY);
    Function<KwicLine, String> key = by == KwicSort.LEFT
        ? l -> outwards(l.left()) : l -> l.right().strip();
    List<Keyed> keyed = new ArrayList<>(lines.size());
    for (KwicLine l : lines) {
      keyed.add(new Keyed(l, collator.getCollationKey(key.apply(l))));
    }
    keyed.sort(Comparator.comparing(Keyed::key).thenComparing(Keyed::line, byDoc));
    lines.clear();
    keyed.forEach(k -> lines.add(k.line()));
  }

  private record Keyed(KwicLine line, CollationKey key) {}

  /** The left context's words from the match outwards ("a b c" → "c b a"), as AntConc's 1L, 2L. */
  private static String outwards(String left) {
    List<String> words = Arrays.asList(left.strip().split("\\s+"));
    Collections.reverse(words);
    return String.join(" ", words);
  }
}
