package org.canbo.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.canbo.model.Annotations;
import org.canbo.model.Document;
import org.canbo.pipeline.DocumentSink;

/**
 * A sink that keeps each document's annotations in memory, for scoring; and the documents
 * themselves (text and metadata) only when asked, for training and cross-validation.
 */
final class DocumentCollector implements DocumentSink {
  private final Map<String, Annotations> annotations = new ConcurrentSkipListMap<>();
  private final Map<String, Document> texts = new ConcurrentSkipListMap<>();
  private volatile boolean keepTexts;

  void keepTexts(boolean keep) {
    this.keepTexts = keep;
  }

  Map<String, Annotations> annotations() {
    return annotations;
  }

  /** The documents by id, empty unless {@link #keepTexts} was set before the run. */
  Map<String, Document> texts() {
    return texts;
  }

  @Override
  public boolean isUnchanged(String id, String sha256) {
    return false;
  }

  @Override
  public void accept(Document document) {
    annotations.put(document.id(), document.annotations());
    if (keepTexts) {
      texts.put(document.id(), document);
    }
  }

  @Override
  public void commit() {}

  @Override
  public void close() {}
}
