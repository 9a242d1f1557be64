package org.canbo.text;

import org.canbo.model.PageMap;

/** Clean article text (NFC, whitespace normalised, boilerplate removed) and its page starts. */
public record CleanText(String text, PageMap pages) {
  public CleanText {
    if (text == null) {
      throw new IllegalArgumentException("clean text is null");
    }
    pages = pages == null ? PageMap.SINGLE : pages;
  }
}
