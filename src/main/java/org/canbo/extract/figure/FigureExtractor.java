package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Figure;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.canbo.text.CanonicalText;

/**
 * Extracts the personnel figures of one article (counts, percentages, ratios with category, role,
 * period, scope, part-of and provenance) from its clean text. Stateless and thread-safe: the
 * vocabulary and gazetteer are loaded once and shared, all per-document state is local.
 */
public final class FigureExtractor {
  /** A last sentence cut off mid-way: no closing punctuation after several words. */
  private static final Pattern CLOSED = Pattern.compile("[.!?…\"”')\\]]\\s*$");

  private static final FigureDecider RULES = new RuleDecider();
  private final Vocabulary vocabulary;
  private final FigureDecider decider;
  private final VietnameseSegmenter segmenter;
  private final SentenceSplitter splitter;
  private final CandidateFinder candidates;
  private final CategoryResolver categories;
  private final RoleResolver roles;
  private final PeriodFinder periods = new PeriodFinder();
  private final ScopeResolver scopes;
  private final PartOfLinker partOf = new PartOfLinker();

  public FigureExtractor(Vocabulary vocabulary, Gazetteer gazetteer, VietnameseSegmenter segmenter) {
    this.vocabulary = vocabulary;
    this.decider = new RuleDecider();
    this.segmenter = segmenter;
    this.splitter = new SentenceSplitter(gazetteer::contains);
    this.candidates = new CandidateFinder(vocabulary);
    this.categories = new CategoryResolver(vocabulary);
    this.roles = new RoleResolver(vocabulary);
    this.scopes = new ScopeResolver(gazetteer);
  }

  private FigureExtractor(FigureExtractor base, FigureDecider decider) {
    this.vocabulary = base.vocabulary;
    this.decider = decider;
    this.segmenter = base.segmenter;
    this.splitter = base.splitter;
    this.candidates = base.candidates;
    this.categories = base.categories;
    this.roles = base.roles;
    this.scopes = base.scopes;
  }

  /** Convenience: the bundled vocabulary and gazetteer (load once, reuse the extractor). */
  public static FigureExtractor load() {
    return new FigureExtractor(Vocabulary.load(), Gazetteer.load(), VietnameseSegmenter.shared());
  }

  /**
   * The figures of one document, in text order; offsets refer to {@code cleanText}. Splits and
   * segments the text itself: for callers outside the pipeline, whose stages provide both layers.
   */
  public List<Figure> extract(String docId, String cleanText, ArticleMetadata metadata) {
    return figures(analyse(docId, cleanText, metadata), decider);
  }

  /** Everything the rules find in one document, before any decision: what a model learns from. */
  public Analysis analyse(String docId, String cleanText, ArticleMetadata metadata) {
    List<Sentence> sentences = splitter.split(cleanText);
    return analyse(docId, cleanText, metadata, sentences,
        new SentenceWords(segmenter, cleanText, sentences), Vocabulary.normalise(cleanText));
  }

  /**
   * The figures of one document from its sentence, word and canonical layers (as the pipeline's
   * stages made them); offsets refer to {@code cleanText}.
   */
  public List<Figure> extract(String docId, String cleanText, ArticleMetadata metadata,
      List<Sentence> sentences, SentenceWords words, CanonicalText canonical) {
    return figures(analyse(docId, cleanText, metadata, sentences, words, canonical.lower()), decider);
  }

  /** {@code norm} is {@link Vocabulary#normalise} of {@code cleanText}. */
  private Analysis analyse(String docId, String cleanText, ArticleMetadata metadata,
      List<Sentence> sentences, SentenceWords words, String norm) {
    ArticleMetadata meta = metadata == null ? ArticleMetadata.EMPTY : metadata;
    DocumentPass pass = new DocumentPass(this, docId, cleanText, norm, meta,
        DocumentWords.of(words, cleanText), sentences);
    for (Sentence s : sentences) {
      pass.sentence(s, s.index() == sentences.size() - 1 && isCutOff(cleanText, s));
    }
    return new Analysis(docId, cleanText, norm, List.copyOf(pass.drafts()), pass.bounds(),
        pass.titleSentences());
  }

  /** The figures {@code decider} keeps from an analysis, linked to their totals, restatements dropped. */
  public List<Figure> figures(Analysis a, FigureDecider decider) {
    List<Figure> decided = new ArrayList<>();
    for (Draft d : a.drafts()) {
      Decision decision = decider.decide(d);
      if (decision.keeps()) {
        String sub = decision.category().equals(d.rule().category()) ? d.rule().subcategory()
            : categories.subcategory(a.text(), a.norm(), d.candidate(), decision.category(),
                new CategoryResolver.Window(d.subStart(), d.subEnd()));
        decided.add(d.as(decision.category(), sub, decision.confidence()));
      }
    }
    List<Figure> linked = partOf.link(decided, a.norm(), a.sentenceBounds());
    return Deduplicator.dedupe(linked, a.titleSentences());
  }

  /**
   * One document's drafts with what deciding on them needs: its id, clean and normalised text,
   * sentence bounds and headline sentences.
   */
  public record Analysis(String doc, String text, String norm, List<Draft> drafts,
      Map<Integer, int[]> sentenceBounds, Set<Integer> titleSentences) {}

  /** The rules' own decider (what a trained model is compared with). */
  public FigureDecider rules() {
    return RULES;
  }

  /** The rules' own decider, for wiring without an extractor at hand. */
  public static FigureDecider ruleDecider() {
    return RULES;
  }

  /** This extractor with another decider (the same resources). */
  public FigureExtractor withDecider(FigureDecider other) {
    return new FigureExtractor(this, other);
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  private static boolean isCutOff(String text, Sentence s) {
    String t = s.text(text);
    // a table row ends without punctuation and is complete
    return !CLOSED.matcher(t).find() && atLeastWords(t, 8) && !t.contains(TableCells.SEPARATOR);
  }

  /** Whether {@code t} has {@code n} or more space-separated words (no regex: once per sentence). */
  private static boolean atLeastWords(String t, int n) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length() && words < n; i++) {
      boolean space = Character.isWhitespace(t.charAt(i));
      words += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return words >= n;
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
