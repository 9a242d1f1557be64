package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.canbo.model.LayerKeys;

/**
 * Highlights the stored body of search hits with offsets from the postings of {@code body},
 * {@code body_folded} and {@code body_words} ("masked" fields), so exactly what the query matched
 * is marked: "cán bộ" typed without diacritics, a segmented word as a whole. Cheap per request:
 * create one per search.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  static final int SNIPPET_CHARS = 200;
  private static final LayerCodec LAYER_CODEC = LayerCodec.SHARED;

  /** The snippets of one hit and the other stored fields asked for, read with its body. */
  record Highlighted(List<String> snippets, Document stored) {}

  private final Set<String> alsoLoad;
  private final Map<Integer, Document> loaded = new HashMap<>();
  /** The stored sentence starts of each loaded body, by the body string the highlighter gets. */
  private final Map<String, int[]> sentenceStarts;

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    this(searcher, analyzer, null, Set.of());
  }

  /**
   * A highlighter that also reads the stored fields {@code alsoLoad} of each hit with its body
   * (one decompression of the stored document instead of two), and takes the reader's merged
   * field infos when known (null: merged here, a pass over every segment's fields).
   */
  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, FieldInfos fieldInfos,
      Set<String> alsoLoad) {
    this(searcher, analyzer, fieldInfos, alsoLoad, new IdentityHashMap<>());
  }

  private SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, FieldInfos fieldInfos,
      Set<String> alsoLoad, Map<String, int[]> sentenceStarts) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new MarkPassageFormatter())
        .withScorer(new DistinctTermPassageScorer())
        .withMaskedFieldsFunc(field -> IndexSchema.BODY.equals(field)
            ? Set.of(MatchOffsets.FIELDS) : Set.of())
        .withMaxNoHighlightPassages(1)
        // The default (10,000 chars) would miss matches deep in long resolutions.
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new LineSentenceBreakIterator(sentenceStarts::get), SNIPPET_CHARS, 0.5f)));
    this.fieldInfos = fieldInfos;
    this.alsoLoad = Set.copyOf(alsoLoad);
    this.sentenceStarts = sentenceStarts;
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

  /**
   * As Lucene builds it, but a field highlighted through masked fields from postings takes its
   * offsets from one match of the query per hit ({@link SharedMatchesOffsetStrategy}), not one
   * per masked field, each with its own rewrite and weight.
   */
  @Override
  protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<Term> allTerms,
      int maxPassages) {
    List<UHComponents> parts = sharedMatchParts(field, query, allTerms);
    if (parts == null) {
      return super.getFieldHighlighter(field, query, allTerms, maxPassages);
    }
    return newFieldHighlighter(field, new SharedMatchesOffsetStrategy(parts),
        new SplittingBreakIterator(getBreakIterator(field), MULTIVAL_SEP_CHAR),
        getScorer(field), maxPassages, getMaxNoHighlightPassages(field), getFormatter(field),
        getPassageSortComparator(field));
  }

  /**
   * The parts of {@code field} (its masked fields, then itself, as Lucene lists them) that take
   * offsets from postings, those with no terms of the query left out (Lucene gives them no
   * offsets); null when the field has no masked fields or a part needs another offset source.
   */
  List<UHComponents> sharedMatchParts(String field, Query query, Set<Term> allTerms) {
    Set<String> masked = getMaskedFields(field);
    if (masked == null || masked.isEmpty()) {
      return null;
    }
    List<UHComponents> all = new ArrayList<>(masked.size() + 1);
    masked.forEach(m -> all.add(getHighlightComponents(m, query, allTerms)));
    all.add(getHighlightComponents(field, query, allTerms)); // Lucene adds the field itself too
    List<UHComponents> parts = new ArrayList<>(all.size());
    for (UHComponents part : all) {
      OffsetSource source = getOptimizedOffsetSource(part);
      if (source == OffsetSource.POSTINGS
          && part.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
        parts.add(part);
      } else if (source != OffsetSource.NONE_NEEDED) {
        return null;
      }
    }
    return parts.isEmpty() ? null : parts;
  }

  /** The query's terms as Lucene's highlighter extracts them, for {@link #sharedMatchParts}. */
  Set<Term> terms(Query query) {
    return extractTerms(query);
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

  /**
   * As {@link #snippets}, each with the stored fields this highlighter was asked to load too, in
   * the order of {@code docIds}.
   */
  List<Highlighted> highlight(Query query, int[] docIds, int max) throws IOException {
    List<List<String>> snippets = snippets(query, docIds, max);
    StoredFields stored = null;
    List<Highlighted> out = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      Document d = loaded.get(docIds[i]);
      if (d == null) { // not read for highlighting (no body to highlight)
        stored = stored != null ? stored : searcher.storedFields();
        d = stored.document(docIds[i], alsoLoad);
      }
      out.add(new Highlighted(snippets.get(i), d));
    }
    return out;
  }

  /**
   * The highlighted fields' values, read together with the fields to load too and the sentence
   * layer, whose starts become the body's passage boundaries. The values are what Lucene's own
   * loading gives: each field's values joined by its separator, no length cut (the limit is off,
   * see the constructor).
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
      int cacheCharsThreshold) throws IOException {
    Set<String> wanted = new HashSet<>(alsoLoad);
    wanted.addAll(List.of(fields));
    wanted.add(IndexSchema.LAYERS);
    StoredFields stored = searcher.storedFields();
    List<CharSequence[]> out = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      Document d = stored.document(doc, wanted);
      loaded.put(doc, d);
      CharSequence[] values = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String[] all = d.getValues(fields[f]);
        values[f] = all.length == 0 ? null
            : all.length == 1 ? all[0] : String.join(String.valueOf(MULTIVAL_SEP_CHAR), all);
        if (all.length == 1 && IndexSchema.BODY.equals(fields[f])) {
          int[] starts = LAYER_CODEC.starts(d.get(IndexSchema.LAYERS), LayerKeys.SENTENCES);
          if (starts != null) {
            sentenceStarts.put(all[0], starts);
          }
        }
      }
      out.add(values);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castSnippets(Object formatted) {
    return (List<String>) formatted; // MarkPassageFormatter returns List<String>
  }
}
