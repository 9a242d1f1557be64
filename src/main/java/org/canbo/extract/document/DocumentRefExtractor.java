package org.canbo.extract.document;

import java.util.List;
import org.canbo.extract.organisation.OrganisationFinder;
import org.canbo.model.DocumentRef;
import org.canbo.model.OrganisationMention;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.canbo.text.ToneMarks;

/**
 * Extracts the party and state documents an article cites (gold type "document_ref"): kind, number
 * or symbol as printed, ISO date, issuer, term and plenum, one reference per document with a
 * normalised key ({@link DocumentKeys}); immutable and thread-safe, build once per process.
 *
 * <p>Example: "Huyện ủy đã ban hành Quy định số 02 - QĐ/HU, ngày 16/4/2018 về luân chuyển cán bộ"
 * gives Quy định, "02 - QĐ/HU", 2018-04-16, issuer "Huyện ủy", key "QD-02-HU".
 */
public final class DocumentRefExtractor {
  private final OrganisationFinder organisations;
  private final DocumentVocabulary vocabulary;
  private final MentionFinder mentions;
  private final DocumentMerger merger;
  private final SentenceSplitter splitter;

  /** Loads the document vocabulary from the classpath; bodies come from {@code organisations}. */
  public DocumentRefExtractor(OrganisationFinder organisations, Gazetteer gazetteer) {
    this.organisations = organisations;
    this.vocabulary = DocumentVocabulary.load();
    this.mentions = new MentionFinder(vocabulary);
    this.merger = new DocumentMerger(new DocumentKeys(vocabulary));
    this.splitter = new SentenceSplitter(gazetteer::contains);
  }

  /** Builds its own organisation finder over {@code gazetteer}. */
  public DocumentRefExtractor(Gazetteer gazetteer) {
    this(new OrganisationFinder(gazetteer), gazetteer);
  }

  /** The documents cited in one clean text, in order of first citation. */
  public List<DocumentRef> extract(String docId, String cleanText) {
    return extract(docId, cleanText, organisations.find(docId, cleanText));
  }

  /** As {@link #extract(String, String)} with the text's bodies already found. */
  public List<DocumentRef> extract(String docId, String cleanText, List<OrganisationMention> bodies) {
    return extract(docId, cleanText, bodies, splitter.split(cleanText));
  }

  /** As {@link #extract(String, String)} with the bodies and the sentence layer already made. */
  public List<DocumentRef> extract(String docId, String cleanText, List<OrganisationMention> bodies,
      List<Sentence> sentences) {
    return extract(docId, cleanText, ToneMarks.canonical(cleanText), bodies, sentences);
  }

  /** As above, {@code canonical} being the text with canonical tone marks. */
  public List<DocumentRef> extract(String docId, String cleanText, String canonical,
      List<OrganisationMention> bodies, List<Sentence> sentences) {
    IssuerFinder issuers = new IssuerFinder(bodies, vocabulary.cues("generic"), vocabulary::issuerCode);
    List<DocumentMention> found = mentions.find(cleanText, canonical, issuers);
    return List.copyOf(merger.merge(docId, cleanText, found, sentences));
  }
}
