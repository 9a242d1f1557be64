package org.canbo.extract;

import java.util.Set;
import org.canbo.model.Document;
import org.canbo.model.LayerKey;
import org.canbo.nlp.lang.LanguageIdentifier;
import org.canbo.pipeline.Stage;

/** Identifies the article's language (ISO 639-3); Vietnamese-only stages skip other languages. */
public final class LanguageStage implements Stage {
  /** The language code, held in {@link org.canbo.model.Annotations#language()}. */
  public static final LayerKey<String> LANGUAGE = LayerKey.of("language", String.class);
  private final LanguageIdentifier identifier;

  public LanguageStage(LanguageIdentifier identifier) {
    this.identifier = identifier;
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(LANGUAGE);
  }

  @Override
  public Document apply(Document document) {
    return document.withAnnotations(
        document.annotations().withLanguage(identifier.identify(document.text()).language()));
  }
}
