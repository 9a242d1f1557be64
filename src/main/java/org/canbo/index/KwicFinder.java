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
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.canbo.model.UserInputException;

/**
 * Builds concordance (KWIC) lines: finds the matching articles with the index (a run of plain
 * words as one sequence of segmented words), takes each match's offsets from the postings
 * ({@link MatchOffsets}) and cuts the context out of the stored clean text, so a query typed
 * without diacritics or in the other tone-mark style still shows the original characters.
 */
final class KwicFinder {
  /**
   * Lines kept for sorting; beyond this only the count goes on. Each kept line costs a stored-text
   * read, which dominates latency on large indexes (20,000 lines: p50 0.67 s on 100,000 articles),
   * so a few thousand is the budget; the result says when it is incomplete.
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
    StoredFields stored = reader.storedFields();
    List<KwicLine> lines = new ArrayList<>();
    long total = 0;
    long documents = 0;
    for (FacetsCollector.MatchingDocs m : matched.hits().getMatchingDocs()) {
      DocIdSetIterator it = m.bits.iterator();
      for (int doc = it == null ? DocIdSetIterator.NO_MORE_DOCS : it.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        List<MatchOffsets.Span> spans = offsets.in(m.context, doc);
        if (spans.isEmpty()) {
          continue; // matched in the title only
        }
        total += spans.size();
        documents++;
        if (lines.size() < MAX_SORTED) {
          org.apache.lucene.document.Document d =
              stored.document(m.context.docBase + doc, KwicLines.FIELDS);
          KwicLines.of(d, spans.subList(0, Math.min(spans.size(), MAX_SORTED - lines.size())),
              request.width(), lines::add);
        }
        deadline.check(search.query());
      }
    }
    sort(lines, request.sort());
    int from = Math.min(search.offset(), lines.size());
    List<KwicLine> page = lines.subList(from, Math.min(from + search.limit(), lines.size()));
    return new KwicResult(total, documents, total == lines.size(),
        matched.parsed().matching().describe(), page);
  }

  /** Concordances need words to look for: IllegalArgumentException without a query. */
  static void requireQuery(SearchRequest request) {
    if (request.matchesAll()) {
      throw new UserInputException("the query is empty: type the word or phrase to look for");
    }
  }

  private static void sort(List<KwicLine> lines, KwicSort by) {
    Comparator<KwicLine> byDoc =
        Comparator.comparing(KwicLine::doc).thenComparingInt(KwicLine::start);
    if (by == KwicSort.DOC) {
      lines.sort(byDoc);
      return;
    }
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
