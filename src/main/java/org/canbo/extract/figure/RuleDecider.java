package org.canbo.extract.figure;

/** Decides by the rules alone: a draft the rules keep, with the rules' category. */
final class RuleDecider implements FigureDecider {
  @Override
  public Decision decide(Draft draft) {
    return draft.ruleKeeps() ? new Decision(draft.rule().category(), 0.5)
        : new Decision(Decision.NONE, 0.5);
  }
}
