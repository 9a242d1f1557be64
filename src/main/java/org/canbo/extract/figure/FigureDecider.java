package org.canbo.extract.figure;

/** Decides whether a draft is a figure and of which category: by rules, or by a trained model. */
public interface FigureDecider {
  Decision decide(Draft draft);
}
