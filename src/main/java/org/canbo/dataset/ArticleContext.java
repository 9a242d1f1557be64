package org.canbo.dataset;

import java.util.List;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.LayerKeys;
import org.canbo.model.Span;

/**
 * What a figure, official or document row says about where it came from, so the row stands on its
 * own: the article's title, date, source, locality, province and address, and the whole sentence.
 */
record ArticleContext(ArticleMetadata meta, String sentenceText) {

  /** The context of an annotation in sentence {@code sentence} of {@code d}. */
  static ArticleContext of(Document d, int sentence) {
    return new ArticleContext(d.metadata(), sentenceText(d, sentence));
  }

  /** The text of sentence {@code index}, or null when the document has no such sentence. */
  static String sentenceText(Document d, int index) {
    List<Span> sentences = d.layer(LayerKeys.SENTENCES);
    return index >= 0 && index < sentences.size()
        ? sentences.get(index).coveredText(d.text()) : null;
  }
}
