package org.canbo.index;

/**
 * How query text is matched: {@code fold} matches every word ignoring diacritics (the --fold
 * switch); {@code wordsFirst} groups plain words into the segmented words of the index (off for
 * the retry of a word query that found nothing: the words become phrases of syllables);
 * {@code sequence} matches a run of plain words as one sequence, as a concordance does, instead of
 * each word anywhere, as search does.
 */
record QueryMode(boolean fold, boolean wordsFirst, boolean sequence) {
  static final QueryMode SEARCH = new QueryMode(false, true, false);

  static QueryMode search(boolean fold) {
    return new QueryMode(fold, true, false);
  }

  static QueryMode sequence(boolean fold) {
    return new QueryMode(fold, true, true);
  }

  /** The same mode reading runs of plain words as one sequence. */
  QueryMode asSequence() {
    return new QueryMode(fold, wordsFirst, true);
  }

  /** The same mode with plain words matched as phrases of syllables. */
  QueryMode phrases() {
    return new QueryMode(fold, false, sequence);
  }
}
