package org.canbo.extract.figure;

import java.util.List;
import org.canbo.model.Figure;

/**
 * A candidate with everything the rules say about it, before the decision: the figure as the rules
 * would write it ({@code rule.category()} is the rule category), whether the rules keep it, the
 * window its subcategory cue may come from, and the features a trained model decides on.
 */
public record Draft(Candidate candidate, Figure rule, boolean ruleKeeps, int subStart, int subEnd,
    List<String> features) {

  /** The figure with another category (subcategory recomputed by the caller) and confidence. */
  Figure as(String category, String subcategory, double confidence) {
    Figure f = rule;
    return new Figure(f.text(), f.value(), f.kind(), f.denominator(), f.unit(), f.approx(),
        category, subcategory, f.role(), f.period(), f.periodText(), f.scope(), f.partOf(),
        f.check(), f.doc(), f.sentence(), f.start(), f.end(), confidence);
  }
}
