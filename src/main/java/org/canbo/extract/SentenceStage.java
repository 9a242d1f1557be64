package org.canbo.extract;

import java.util.Set;
import org.canbo.model.Document;
import org.canbo.model.LayerKeys;
import org.canbo.model.Span;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.canbo.pipeline.Stage;

/**
 * Adds the sentence layer, split exactly as the extractors split (same splitter, same place
 * names), so a dataset row can quote the whole sentence its {@code sentence} index points to.
 */
public final class SentenceStage implements Stage {
  private final SentenceSplitter splitter;

  public SentenceStage(Gazetteer gazetteer) {
    this.splitter = new SentenceSplitter(gazetteer::contains);
  }

  @Override
  public Set<String> provides() {
    return Set.of(LayerKeys.SENTENCES);
  }

  @Override
  public Document apply(Document document) {
    return document.withLayer(LayerKeys.SENTENCES, splitter.split(document.text()).stream()
        .map(s -> new Span(s.start(), s.end(), LayerKeys.SENTENCE_TYPE)).toList());
  }
}
