package org.canbo.index;

import java.util.Locale;
import org.canbo.model.UserInputException;

/**
 * The order of concordance lines: by document (id, then position), by the words left of the
 * match read outwards from it, or by the text right of it (as AntConc's 1L and 1R sorts).
 */
public enum KwicSort {
  DOC,
  LEFT,
  RIGHT;

  /** Reads "doc", "left" and "right", ignoring case. */
  public static KwicSort parse(String text) {
    return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
      case "doc", "document" -> DOC;
      case "left" -> LEFT;
      case "right" -> RIGHT;
      default -> throw new UserInputException(
          "cannot sort concordance lines by '" + text + "': use doc, left or right");
    };
  }
}
