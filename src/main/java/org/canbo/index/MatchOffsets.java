package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Where a text query matches in an article's body, from the offsets in the postings of
 * {@code body}, {@code body_folded} and {@code body_words} (Lucene's Matches API): no
 * re-analysis, and the offsets point at the original characters even where the analyzer rewrote
 * tone marks ("Thành uỷ" is indexed as "thành ủy"). A phrase, or a segmented word, is one match
 * from its first to its last character.
 */
final class MatchOffsets {
  /** A half-open UTF-16 range of the clean text. */
  record Span(int start, int end) {}

  static final String[] FIELDS = {IndexSchema.BODY, IndexSchema.BODY_FOLDED, IndexSchema.BODY_WORDS};

  private final Weight weight;

  /** The matches of {@code text} (rewritten by {@code searcher}, held to its request's time). */
  MatchOffsets(IndexSearcher searcher, Query text) throws IOException {
    this.weight = searcher.createWeight(searcher.rewrite(text), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /**
   * The matches in doc {@code doc} of {@code leaf}, by start; a match inside an earlier one (the
   * folded twin of an exact match, or a word of a matched phrase) is dropped, so nothing counts
   * twice.
   */
  List<Span> in(LeafReaderContext leaf, int doc) throws IOException {
    Matches matches = weight.matches(leaf, doc);
    if (matches == null) {
      return List.of();
    }
    List<Span> all = new ArrayList<>();
    for (String field : FIELDS) {
      MatchesIterator it = matches.getMatches(field);
      while (it != null && it.next()) {
        if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
          all.add(new Span(it.startOffset(), it.endOffset()));
        }
      }
    }
    all.sort(Comparator.comparingInt(Span::start).thenComparing(Span::end, Comparator.reverseOrder()));
    List<Span> kept = new ArrayList<>(all.size());
    int end = -1;
    for (Span s : all) {
      if (s.start() >= end) {
        kept.add(s);
        end = s.end();
      }
    }
    return kept;
  }
}
