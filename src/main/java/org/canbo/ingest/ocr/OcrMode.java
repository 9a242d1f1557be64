package org.canbo.ingest.ocr;

import java.util.Locale;
import org.canbo.model.UserInputException;

/** When to OCR: never, only pages without a text layer and images (auto), or every page (always). */
public enum OcrMode {
  NEVER,
  AUTO,
  ALWAYS;

  /** The mode for a command-line value ("never", "auto", "always"). */
  public static OcrMode parse(String value) {
    for (OcrMode m : values()) {
      if (m.name().equalsIgnoreCase(value.strip())) {
        return m;
      }
    }
    throw new UserInputException("--ocr must be never, auto or always, got '" + value + "'");
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
