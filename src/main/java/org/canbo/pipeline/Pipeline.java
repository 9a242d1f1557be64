package org.canbo.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.canbo.model.Document;
import org.canbo.model.LayerKey;

/**
 * An ordered list of stages, checked when built: every stage's required layers must be provided by
 * an earlier stage, so a misordered pipeline fails at start-up naming the stage and the layer.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** Builds a pipeline, throwing {@link IllegalStateException} when a stage's input is missing. */
  public static Pipeline of(List<Stage> stages) {
    Set<LayerKey<?>> available = new HashSet<>();
    for (Stage stage : stages) {
      for (LayerKey<?> key : stage.requires()) {
        if (!available.contains(key)) {
          throw new IllegalStateException(
              "stage " + stage.name() + " requires layer '" + key.name() + "' which no earlier stage provides");
        }
      }
      available.addAll(stage.provides());
    }
    return new Pipeline(stages);
  }

  public static Pipeline empty() {
    return new Pipeline(List.of());
  }

  public Document apply(Document document) {
    Document current = document;
    for (Stage stage : stages) {
      current = stage.apply(current);
    }
    return current;
  }

  public List<Stage> stages() {
    return stages;
  }
}
