package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlights the stored body of search hits with offsets from the postings of {@code body},
 * {@code body_folded} and {@code body_words} ("masked" fields), so exactly what the query matched
 * is marked: "cán bộ" typed without diacritics, a segmented word as a whole. Cheap per request:
 * create one per search.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  static final int SNIPPET_CHARS = 200;

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new MarkPassageFormatter())
        .withMaskedFieldsFunc(field -> IndexSchema.BODY.equals(field)
            ? Set.of(MatchOffsets.FIELDS) : Set.of())
        .withMaxNoHighlightPassages(1)
        // The default (10,000 chars) would miss matches deep in long resolutions.
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new LineSentenceBreakIterator(), SNIPPET_CHARS, 0.5f)));
  }

  /**
   * Offsets from the postings even for queries with expanded or custom parts (accent variants,
   * prefixes, typos): Lucene would re-analyse each hit's body for those (the Vietnamese segmenter
   * over the whole text, half of a plain search's CPU on 100,000 articles), but with weight
   * matches the query's own matches give the offsets, and every masked field indexes them.
   */
  @Override
  protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
    OffsetSource source = super.getOptimizedOffsetSource(components);
    boolean fromPostings = getOffsetSource(components.getField()) == OffsetSource.POSTINGS
        && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES);
    return source == OffsetSource.ANALYSIS && fromPostings ? OffsetSource.POSTINGS : source;
  }

  /** Up to {@code max} snippets of the body of each doc, in the order of {@code docIds}. */
  List<List<String>> snippets(Query query, int[] docIds, int max) throws IOException {
    Map<String, Object[]> byField = highlightFieldsAsObjects(
        new String[] {IndexSchema.BODY}, query, docIds, new int[] {max});
    Object[] perDoc = byField.get(IndexSchema.BODY);
    List<List<String>> out = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      out.add(perDoc == null || perDoc[i] == null ? List.of() : castSnippets(perDoc[i]));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castSnippets(Object formatted) {
    return (List<String>) formatted; // MarkPassageFormatter returns List<String>
  }
}
