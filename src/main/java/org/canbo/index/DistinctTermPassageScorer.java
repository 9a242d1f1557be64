package org.canbo.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25-like, default parameters), computed without a hash of the
 * passage's terms: Lucene allocates a {@code BytesRefHash} (a 32 KB block) for every candidate
 * passage of every hit, a tenth of a snippet's cost, where a passage holds a handful of matches.
 * The distinct terms are summed in order of first appearance, as Lucene sums them, so the
 * scores are the same floats.
 */
final class DistinctTermPassageScorer extends PassageScorer {
  /** Past this many matches in one passage the pairwise comparison would cost more than hashing. */
  static final int MAX_COMPARED = 64;

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    if (matches > MAX_COMPARED) {
      return super.score(passage, contentLength);
    }
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    // firstOf[i]: index of the first match with the same term as match i.
    int[] inPassage = new int[matches];
    int[] firstOf = new int[matches];
    for (int i = 0; i < matches; i++) {
      int first = i;
      for (int j = 0; j < i; j++) {
        if (firstOf[j] == j && terms[j].bytesEquals(terms[i])) {
          first = j;
          break;
        }
      }
      firstOf[i] = first;
      inPassage[first]++;
    }
    double score = 0d;
    for (int i = 0; i < matches; i++) {
      if (firstOf[i] == i) {
        score += tf(inPassage[i], passage.getLength()) * weight(contentLength, freqsInDoc[i]);
      }
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
