package org.canbo.extract.figure;

import java.util.List;
import java.util.regex.Pattern;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Figure;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;

/**
 * Extracts the personnel figures of one article (counts, percentages, ratios with category, role,
 * period, scope, part-of and provenance) from its clean text. Stateless and thread-safe: the
 * vocabulary and gazetteer are loaded once and shared, all per-document state is local.
 */
public final class FigureExtractor {
  /** A last sentence cut off mid-way: no closing punctuation after several words. */
  private static final Pattern CLOSED = Pattern.compile("[.!?…\"”')\\]]\\s*$");

  private final SentenceSplitter splitter;
  private final CandidateFinder candidates;
  private final CategoryResolver categories;
  private final RoleResolver roles;
  private final PeriodFinder periods = new PeriodFinder();
  private final ScopeResolver scopes;
  private final PartOfLinker partOf = new PartOfLinker();

  public FigureExtractor(Vocabulary vocabulary, Gazetteer gazetteer) {
    this.splitter = new SentenceSplitter(gazetteer::contains);
    this.candidates = new CandidateFinder(vocabulary);
    this.categories = new CategoryResolver(vocabulary);
    this.roles = new RoleResolver(vocabulary);
    this.scopes = new ScopeResolver(gazetteer);
  }

  /** Convenience: the bundled vocabulary and gazetteer (load once, reuse the extractor). */
  public static FigureExtractor load() {
    return new FigureExtractor(Vocabulary.load(), Gazetteer.load());
  }

  /** The figures of one document, in text order; offsets refer to {@code cleanText}. */
  public List<Figure> extract(String docId, String cleanText, ArticleMetadata metadata) {
    ArticleMetadata meta = metadata == null ? ArticleMetadata.EMPTY : metadata;
    String norm = Vocabulary.normalise(cleanText);
    List<Sentence> sentences = splitter.split(cleanText);
    DocumentPass pass = new DocumentPass(this, docId, cleanText, norm, meta);
    for (Sentence s : sentences) {
      boolean cutOff = s.index() == sentences.size() - 1 && isCutOff(cleanText, s);
      pass.sentence(s, cutOff);
    }
    List<Figure> linked = partOf.link(pass.figures(), norm, pass.bounds());
    return Deduplicator.dedupe(linked, pass.titleSentences());
  }

  private static boolean isCutOff(String text, Sentence s) {
    String t = s.text(text);
    return !CLOSED.matcher(t).find() && t.split("\\s+").length >= 8;
  }

  CandidateFinder candidates() {
    return candidates;
  }

  CategoryResolver categories() {
    return categories;
  }

  RoleResolver roles() {
    return roles;
  }

  PeriodFinder periods() {
    return periods;
  }

  ScopeResolver scopes() {
    return scopes;
  }
}
