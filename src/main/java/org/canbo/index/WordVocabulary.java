package org.canbo.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.BytesRef;

/**
 * The segmented words an index knows: a run of query syllables is grouped into a word only when
 * the word field holds a term it matches, so "can bo" becomes the word cán_bộ because the
 * segmenter wrote cán_bộ while indexing, whatever the query's diacritics.
 */
@FunctionalInterface
interface WordVocabulary {
  /** Groups nothing: every query syllable stands alone. */
  WordVocabulary NONE = word -> false;

  /** True when some term of the word field matches {@code word}. */
  boolean contains(TermPattern word);

  /** A fixed set of terms (lower case, canonical, syllables joined by {@code _}), for tests. */
  static WordVocabulary of(Set<String> terms) {
    return word -> terms.stream().anyMatch(word::matches);
  }

  /** The terms of {@link IndexSchema#BODY_WORDS} in {@code reader}. */
  static WordVocabulary of(IndexReader reader) {
    return of(reader, TermExpansions.UNCACHED);
  }

  /**
   * The terms of {@link IndexSchema#BODY_WORDS} in {@code reader}, a word with accent variants
   * looked up through {@code expansions} (which the body's word query then reuses).
   */
  static WordVocabulary of(IndexReader reader, TermExpansions expansions) {
    Terms terms;
    try {
      terms = MultiTerms.getTerms(reader, IndexSchema.BODY_WORDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (terms == null) {
      return NONE;
    }
    return word -> {
      try {
        if (word.literal()) {
          return terms.iterator().seekExact(new BytesRef(word.text()));
        }
        return !expansions.expand(reader, IndexSchema.BODY_WORDS, word).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
