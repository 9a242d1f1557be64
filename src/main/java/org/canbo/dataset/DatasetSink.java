package org.canbo.dataset;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.canbo.model.Document;
import org.canbo.pipeline.DocumentSink;

/**
 * A sink that turns processed documents into dataset rows, for extraction straight from files.
 * Documents arrive from several threads in any order; their rendered rows (not their texts) are
 * kept until {@link #commit()} writes them sorted by document id, so output is reproducible.
 */
public final class DatasetSink implements DocumentSink {
  private final DatasetWriter writer;
  private final Map<String, List<Object>> pending = new ConcurrentSkipListMap<>();

  public DatasetSink(DatasetWriter writer) {
    this.writer = writer;
  }

  @Override
  public boolean isUnchanged(String id, String sha256) {
    return false; // nothing is stored: every file is extracted
  }

  @Override
  public void accept(Document document) {
    pending.put(document.id(), writer.render(document));
  }

  @Override
  public void commit() throws IOException {
    for (List<Object> rows : pending.values()) {
      writer.writeRendered(rows);
    }
    pending.clear();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
