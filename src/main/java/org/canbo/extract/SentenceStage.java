package org.canbo.extract;

import java.util.List;
import java.util.Set;
import org.canbo.model.Document;
import org.canbo.model.LayerKey;
import org.canbo.model.LayerKeys;
import org.canbo.model.Span;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.canbo.pipeline.Stage;

/**
 * Splits the text into sentences once for every later stage ({@link #SENTENCES}), and stores them
 * as the span layer {@link LayerKeys#SENTENCES}, so a dataset row can quote the whole sentence its
 * {@code sentence} index points to.
 */
public final class SentenceStage implements Stage {
  /** The sentences in text order: sentence i is the {@code sentence} index of every item. */
  public static final LayerKey<List<Sentence>> SENTENCES =
      LayerKey.listOf(LayerKeys.SENTENCES, Sentence.class);
  private final SentenceSplitter splitter;

  public SentenceStage(Gazetteer gazetteer) {
    this.splitter = new SentenceSplitter(gazetteer::contains);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(SENTENCES);
  }

  @Override
  public Document apply(Document document) {
    List<Sentence> sentences = splitter.split(document.text());
    return document
        .withLayer(LayerKeys.SENTENCES, sentences.stream()
            .map(s -> new Span(s.start(), s.end(), LayerKeys.SENTENCE_TYPE)).toList())
        .withLayer(SENTENCES, sentences);
  }
}
