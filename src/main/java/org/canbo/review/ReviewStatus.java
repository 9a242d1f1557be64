package org.canbo.review;

import java.util.Locale;

/** An item's status in datasets: {@code auto} until a reviewer acted on it. */
public enum ReviewStatus {
  AUTO,
  CONFIRMED,
  CORRECTED,
  ADDED,
  REJECTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Confirmed, corrected or added: the rows {@code --reviewed-only} keeps. */
  public boolean accepted() {
    return this == CONFIRMED || this == CORRECTED || this == ADDED;
  }

  @Override
  public String toString() {
    return label();
  }
}
