package org.canbo.review;

import java.util.Locale;

/** What a reviewer did to an item. */
public enum ReviewAction {
  CONFIRM,
  CORRECT,
  REJECT,
  ADD;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "confirm", "correct", "reject" or "add"; an error naming "action" otherwise. */
  public static ReviewAction parse(String name) {
    for (ReviewAction a : values()) {
      if (a.label().equals(name)) {
        return a;
      }
    }
    throw new InvalidReviewException("action", "must be confirm, correct, reject or add, not '"
        + name + "'");
  }

  /** The status an item gets from this action, as datasets show it. */
  public ReviewStatus status() {
    return switch (this) {
      case CONFIRM -> ReviewStatus.CONFIRMED;
      case CORRECT -> ReviewStatus.CORRECTED;
      case REJECT -> ReviewStatus.REJECTED;
      case ADD -> ReviewStatus.ADDED;
    };
  }

  @Override
  public String toString() {
    return label();
  }
}
