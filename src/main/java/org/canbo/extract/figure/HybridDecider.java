package org.canbo.extract.figure;

import java.util.Map;

/**
 * The rules decide, the model overrules them only when it is sure ({@code override} or more on
 * another outcome), and the model's probability of the outcome taken is the confidence: rules
 * written from the schema carry over to new articles, the model knows how often each kind of rule
 * decision turns out right.
 */
public final class HybridDecider implements FigureDecider {
  /** How sure the model must be to overrule the rules; chosen by cross-validation. */
  public static final double OVERRIDE = 0.8;

  private final FigureModel model;
  private final double override;

  public HybridDecider(FigureModel model, double override) {
    this.model = model;
    this.override = override;
  }

  public HybridDecider(FigureModel model) {
    this(model, OVERRIDE);
  }

  @Override
  public Decision decide(Draft draft) {
    Map<String, Double> p = model.distribution(draft);
    String rule = draft.ruleKeeps() ? draft.rule().category() : Decision.NONE;
    String best = rule;
    for (Map.Entry<String, Double> e : p.entrySet()) {
      if (e.getValue() > p.getOrDefault(best, 0.0)) {
        best = e.getKey();
      }
    }
    String chosen = !best.equals(rule) && p.get(best) >= override ? best : rule;
    return new Decision(chosen, p.getOrDefault(chosen, 0.0));
  }
}
