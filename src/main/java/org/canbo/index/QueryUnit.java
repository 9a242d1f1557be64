package org.canbo.index;

import java.util.List;

/**
 * A piece of a run of plain query words after grouping: a segmented {@link Word} of two or more
 * syllables, a single {@link Syllable}, or a {@link Tokens} sequence one typed word analyses into
 * ("04-NQ/TU" → 04 nq tu), matched as a phrase of syllables.
 */
sealed interface QueryUnit {
  /** The syllables of the unit, in order. */
  List<QuerySyllable> syllables();

  /** Two or more syllables found together as one word of the word field ("cán bộ" → cán_bộ). */
  record Word(TermPattern pattern) implements QueryUnit {
    @Override
    public List<QuerySyllable> syllables() {
      return pattern.syllables();
    }
  }

  /** One syllable standing alone. */
  record Syllable(QuerySyllable syllable) implements QueryUnit {
    @Override
    public List<QuerySyllable> syllables() {
      return List.of(syllable);
    }
  }

  /** The several tokens of one typed word, in order. */
  record Tokens(List<QuerySyllable> syllables) implements QueryUnit {
    public Tokens {
      syllables = List.copyOf(syllables);
    }
  }
}
