package org.canbo.extract.figure;

/**
 * What a {@link FigureDecider} says of a draft: its category, or {@link #NONE} when it is not a
 * figure, and the probability that this is right.
 */
public record Decision(String category, double confidence) {
  /** The outcome of a candidate that is not a figure. */
  static final String NONE = "NONE";

  boolean keeps() {
    return !NONE.equals(category);
  }
}
