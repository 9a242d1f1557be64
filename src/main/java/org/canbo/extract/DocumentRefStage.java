package org.canbo.extract;

import java.util.List;
import java.util.Set;
import org.canbo.extract.document.DocumentRefExtractor;
import org.canbo.model.Document;
import org.canbo.model.DocumentRef;
import org.canbo.model.LayerKey;

/** Adds the documents the article cites, their issuers taken from the bodies already found. */
public final class DocumentRefStage extends VietnameseStage {
  /** The cited documents, held in {@link org.canbo.model.Annotations#documents()}. */
  public static final LayerKey<List<DocumentRef>> DOCUMENTS =
      LayerKey.listOf("documents", DocumentRef.class);
  private final DocumentRefExtractor documents;

  public DocumentRefStage(DocumentRefExtractor documents) {
    this.documents = documents;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(SentenceStage.SENTENCES, OrganisationStage.ORGANISATIONS, CanonicalStage.CANONICAL);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(DOCUMENTS);
  }

  @Override
  protected Document applyVietnamese(Document document) {
    return document.withAnnotations(document.annotations().withDocuments(documents.extract(
        document.id(), document.text(), document.layer(CanonicalStage.CANONICAL).canonical(),
        document.annotations().organisations(),
        document.layer(SentenceStage.SENTENCES))));
  }
}
