package org.canbo.dataset;

import java.util.Locale;
import org.canbo.model.UserInputException;

/** How a dataset is written: JSON Lines (one object per line) or CSV (RFC 4180). */
public enum DatasetFormat {
  JSONL,
  CSV;

  public static DatasetFormat parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("unknown format '" + name + "': use jsonl or csv");
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
