package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The offsets of a field highlighted through masked fields, all from one {@link Matches} of the
 * query per document and one {@link Weight} per segment. Lucene's multi-field strategy gives each
 * masked field its own strategy, and each rewrites the query, builds a weight (term lookups in
 * every field of the query) and matches the document anew: four times per hit for the body.
 * The offsets enums are built in the same order and shape as Lucene's (one per field part, a
 * merged one when a part has several), so the highlighter sees the same matches in the same
 * order. Only for postings with weight matches, where each part keeps the matches of its own
 * field (a field matcher remapping nothing). One per highlight call.
 */
final class SharedMatchesOffsetStrategy extends FieldOffsetStrategy {
  private final List<UHComponents> parts;
  private LeafReader weightReader;
  private Weight weight;

  /** {@code parts}: the masked fields' components, then the highlighted field's, as Lucene orders them. */
  SharedMatchesOffsetStrategy(List<UHComponents> parts) {
    super(parts.get(parts.size() - 1));
    this.parts = List.copyOf(parts);
  }

  @Override
  public UnifiedHighlighter.OffsetSource getOffsetSource() {
    return UnifiedHighlighter.OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content)
      throws IOException {
    List<OffsetsEnum> perPart = new ArrayList<>(parts.size());
    Matches matches = null;
    boolean matched = false;
    for (UHComponents part : parts) {
      if (reader.terms(part.getField()) == null) {
        continue;
      }
      if (!matched) {
        matches = weight(reader).matches(reader.getContext(), docId);
        matched = true;
      }
      OffsetsEnum offsets = matches == null ? OffsetsEnum.EMPTY : offsets(part, matches);
      if (offsets != OffsetsEnum.EMPTY) {
        perPart.add(offsets);
      }
    }
    return new OffsetsEnum.MultiOffsetsEnum(perPart);
  }

  /** The part's field's matches, as Lucene's createOffsetsEnumFromReader shapes them. */
  private static OffsetsEnum offsets(UHComponents part, Matches matches) throws IOException {
    List<OffsetsEnum> results = new ArrayList<>();
    for (String field : matches) {
      if (part.getFieldMatcher().test(field)) {
        MatchesIterator iterator = matches.getMatches(field);
        if (iterator != null) {
          results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
      }
    }
    return switch (results.size()) {
      case 0 -> OffsetsEnum.EMPTY;
      case 1 -> results.get(0);
      default -> new OffsetsEnum.MultiOffsetsEnum(results);
    };
  }

  /** The query's weight on this segment, as Lucene builds it for matching (no cache, no scores). */
  private Weight weight(LeafReader reader) throws IOException {
    if (reader != weightReader) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      weight = searcher.rewrite(components.getQuery())
          .createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
      weightReader = reader;
    }
    return weight;
  }
}
