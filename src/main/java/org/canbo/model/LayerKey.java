package org.canbo.model;

import java.util.List;

/**
 * The typed name of a layer a pipeline stage provides and later stages require: the sentence
 * list, the segmented words, the figures found. {@code type} is the class of the value a {@link
 * Document} holds under this key (for a list, {@link List}); keys are equal by name and type, and
 * the pipeline checks them when built.
 */
public record LayerKey<T>(String name, Class<?> type) {
  public LayerKey {
    if (name == null || name.isEmpty() || type == null) {
      throw new IllegalArgumentException("a layer key needs a name and a type, got " + name + ", " + type);
    }
  }

  /** A layer holding one value of {@code type}. */
  public static <T> LayerKey<T> of(String name, Class<T> type) {
    return new LayerKey<>(name, type);
  }

  /** A layer holding a list of {@code item}s (the item type is for readers, lists are not reified). */
  public static <E> LayerKey<List<E>> listOf(String name, Class<E> item) {
    return new LayerKey<>(name, List.class);
  }

  /** {@code value} as this key's type, failing loudly when a stage stored something else. */
  @SuppressWarnings("unchecked")
  T cast(Object value) {
    if (!type.isInstance(value)) {
      throw new IllegalStateException("layer '" + name + "' holds " + value.getClass().getName()
          + ", not " + type.getName());
    }
    return (T) value;
  }

  @Override
  public String toString() {
    return name;
  }
}
