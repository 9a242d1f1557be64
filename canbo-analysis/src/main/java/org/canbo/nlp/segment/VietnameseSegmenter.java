package org.canbo.nlp.segment;

import java.util.ArrayList;
import java.util.List;
import org.canbo.model.Span;
import org.canbo.text.ToneMarks;

/**
 * Vietnamese word segmentation in the vn.vitk design: lexers for whole units, a phrase graph of
 * lexicon words over each run of syllables, the path with fewest words (ties broken by bigram
 * statistics), and capitalised runs as proper names.
 *
 * <p>Immutable and thread-safe: load it once and share it. Example: "Đồng chí Hồ Văn Vịnh, Bí
 * thư Thị ủy Quảng Yên" gives the words {@code Đồng_chí Hồ_Văn_Vịnh , Bí_thư Thị_ủy Quảng_Yên}
 * as spans over the original text.
 */
public final class VietnameseSegmenter {
  /** Span type of a lexicon word or unknown syllable. */
  public static final String WORD = "word";
  /** Span type of a proper name found from capitalisation. */
  public static final String NAME = "name";

  private final Lexicon lexicon;
  private final TextLexer lexer;
  private final NameRules names;

  private VietnameseSegmenter(Lexicon lexicon) {
    lexicon.index();
    this.lexicon = lexicon;
    this.lexer = new TextLexer(lexicon.syllables);
    this.names = new NameRules(lexicon);
  }

  /**
   * Loads the lexicon and n-gram resources from the classpath: the snapshot compiled at build time
   * when present and valid (a fraction of a second), else the XML resources (about a second).
   */
  public static VietnameseSegmenter load() {
    return load(VietnameseSegmenter.class.getClassLoader());
  }

  /**
   * The one segmenter of this class's loader, loaded on first use and then shared: every Solr core
   * (and every tokenizer factory) of a node reuses it instead of loading its own lexicon.
   * Thread-safe through class initialisation.
   */
  public static VietnameseSegmenter shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final VietnameseSegmenter INSTANCE = load();
  }

  /** Loads the resources through {@code classLoader}, for containers such as Solr. */
  public static VietnameseSegmenter load(ClassLoader classLoader) {
    return new VietnameseSegmenter(LexiconSource.load(classLoader));
  }

  /** A segmenter over an already built lexicon, for tests comparing the two load paths. */
  static VietnameseSegmenter over(Lexicon lexicon) {
    return new VietnameseSegmenter(lexicon);
  }

  /** A fresh scratch space for {@link #segment(CharSequence, Workspace, WordConsumer)}. */
  public Workspace newWorkspace() {
    return new Workspace();
  }

  /** The words of {@code text} as spans over it, in order, without gaps other than spaces. */
  public List<Span> segment(CharSequence text) {
    List<Span> spans = new ArrayList<>(text.length() / 5 + 1);
    segment(text, new Workspace(), (s, e, type) -> spans.add(new Span(s, e, type)));
    return spans;
  }

  /** Segments {@code text} with the caller's thread-confined workspace; no per-word garbage. */
  public void segment(CharSequence text, Workspace workspace, WordConsumer sink) {
    segment(text, ToneMarks.canonical(text), workspace, sink);
  }

  /**
   * The same, for a caller that has the tone-canonical text ({@link ToneMarks#canonical}) of
   * {@code text} already: the index tokenizer needs it for its terms too.
   */
  public void segment(CharSequence text, CharSequence folded, Workspace workspace,
      WordConsumer sink) {
    segment(text, folded, 0, text.length(), workspace, sink);
  }

  /**
   * The words of {@code text[from, to)} as {@link #segment(CharSequence, Workspace, WordConsumer)}
   * gives them for that stretch on its own, with offsets into {@code text}, without copying it.
   */
  public void segment(CharSequence text, CharSequence folded, int from, int to,
      Workspace workspace, WordConsumer sink) {
    TokenBuffer tokens = workspace.tokens;
    tokens.clear();
    lexer.tokenize(text, folded, from, to, tokens);
    int i = 0;
    while (i < tokens.size) {
      if (tokens.kind(i) != TokenKind.SYLLABLE) {
        sink.word(tokens.start[i], tokens.end[i], tokens.kind(i).spanType);
        i++;
        continue;
      }
      int b = i + 1;
      while (b < tokens.size && tokens.kind(b) == TokenKind.SYLLABLE) {
        b++;
      }
      emitRun(tokens, i, b, workspace.graph, sink);
      i = b;
    }
  }

  private void emitRun(TokenBuffer tokens, int a, int b, PhraseGraph graph, WordConsumer sink) {
    int left = a > 0 ? lexicon.single(tokens.syllable[a - 1]) : Lexicon.NONE;
    graph.solve(lexicon, names, tokens, a, b, left);
    for (int k = 0; k < graph.words(); k++) {
      int from = a + graph.wordFrom(k);
      int to = a + graph.wordTo(k) - 1;
      sink.word(tokens.start[from], tokens.end[to], graph.isName(k) ? NAME : WORD);
    }
  }

  /**
   * Where {@code text} can be cut between {@code end} and {@code next} without changing its
   * words: the start of the punctuation token that ends {@code text[.., end)}, such that the words
   * of segmenting the text up to {@code end}, and from that token on without the token's own
   * word, are those of segmenting it whole. Else -1. The lexer then reads the same tokens and
   * sentence starts ({@link TextLexer#sentenceEnd}: punctuation that starts a sentence, then
   * only spaces), no run of syllables crosses the punctuation, and the run after it sees it as
   * its left-context word, as in the whole text.
   */
  public int cut(CharSequence text, int end, int next) {
    return TextLexer.sentenceEnd(text, end, next);
  }

  /** True when {@code text[from, to)} is only spaces to the lexer, so holds no word. */
  public static boolean isBlank(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Chars.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Sizes of the loaded model, for load-time and memory reports. */
  public String describe() {
    return "syllables=" + lexicon.syllables.size() + " trieNodes=" + lexicon.nodeCount()
        + " bigrams=" + lexicon.bigramCount() + " unigramTotal=" + lexicon.unigramTotal();
  }
}
