package org.canbo.nlp.segment;

/**
 * Word-level agreement of a segmenter with gold words, plus throughput.
 *
 * @param sentences sentences compared
 * @param syllables whitespace-separated syllables in the gold text
 * @param gold gold words
 * @param predicted words the segmenter produced
 * @param correct predicted words with exactly the span of a gold word
 * @param nanos time spent segmenting (one timed pass)
 */
public record SegmentationScore(
    long sentences, long syllables, long gold, long predicted, long correct, long nanos) {
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double syllablesPerSecond() {
    return nanos == 0 ? 0 : syllables * 1e9 / nanos;
  }
}
