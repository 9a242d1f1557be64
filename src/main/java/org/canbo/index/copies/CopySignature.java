package org.canbo.index.copies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The MinHash signature of an article's text, with Lucene's own tools: words (Unicode word
 * boundaries, lower-cased), shingles of {@link #SHINGLE} consecutive words, then {@link
 * MinHashFilter} keeping the smallest hash of each of {@link #BUCKETS} buckets. Two texts share
 * about {@code jaccard × BUCKETS} of these terms, where jaccard is the overlap of their shingle
 * sets, so line breaks, a new title, site chrome or a dropped paragraph cost a few terms, while
 * another article on the same topic, sharing words but few five-word runs, shares almost none.
 * The filters' terms are computed directly ({@link ShingleMinHash}): they were a fifth of the
 * cost of indexing an article. Thread-safe.
 */
public final class CopySignature {
  /** Words per shingle: Vietnamese words are syllables, five make a run rare outside a copy. */
  public static final int SHINGLE = 5;
  public static final int BUCKETS = 256;
  private static final java.util.Base64.Encoder BASE64 =
      java.util.Base64.getUrlEncoder().withoutPadding();

  private final Analyzer analyzer = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = new StandardTokenizer();
      ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(words), SHINGLE, SHINGLE);
      shingles.setOutputUnigrams(false);
      shingles.setOutputUnigramsIfNoShingles(true);
      TokenStream minHash = new MinHashFilter(shingles, 1, BUCKETS, 1, true);
      return new TokenStreamComponents(words, minHash);
    }
  };

  /** The words alone (what the shingles are made of), for {@link #terms(String)}. */
  private final Analyzer words = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }
  };
  private final ThreadLocal<ShingleMinHash> minHash =
      ThreadLocal.withInitial(() -> new ShingleMinHash(SHINGLE, BUCKETS));

  /**
   * The distinct signature terms of {@code text} (empty when it has no word), each the 128-bit
   * hash in base64: MinHashFilter packs it into eight chars, lone surrogates included, which
   * UTF-8 would turn into replacement characters.
   */
  public Set<String> terms(String text) {
    char[] chars = new char[text.length()];
    int[] bounds = new int[64];
    int count = 0;
    try (TokenStream stream = words.tokenStream("copies", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() != 1) {
          return luceneTerms(text); // a skipped overlong token: shingles get fillers
        }
        if (count + 2 > bounds.length) {
          bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        }
        System.arraycopy(term.buffer(), 0, chars, bounds[count], term.length());
        bounds[count + 1] = bounds[count] + term.length();
        count++;
      }
      stream.end();
      if (increment.getPositionIncrement() != 0) {
        return luceneTerms(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string does no I/O", e);
    }
    return terms(chars, bounds, count);
  }

  /**
   * The terms of the {@code count} lower-cased words at consecutive positions, word i being
   * {@code chars[bounds[i], bounds[i + 1])}: what {@link #terms(String)} gives for the text they
   * were read from, for an indexer that has the words already.
   */
  public Set<String> terms(char[] chars, int[] bounds, int count) {
    return minHash.get().terms(chars, bounds, count);
  }

  /** The terms from Lucene's own ShingleFilter and MinHashFilter, for any token stream. */
  Set<String> luceneTerms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream("copies", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(encode(term));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string does no I/O", e);
    }
    return terms;
  }

  private static String encode(CharTermAttribute term) {
    byte[] bytes = new byte[term.length() * 2];
    for (int i = 0; i < term.length(); i++) {
      bytes[2 * i] = (byte) (term.charAt(i) >> 8);
      bytes[2 * i + 1] = (byte) term.charAt(i);
    }
    return BASE64.encodeToString(bytes);
  }

  /** The share of {@code a}'s terms also in {@code b}: the Jaccard estimate. */
  public static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String t : a) {
      if (b.contains(t)) {
        shared++;
      }
    }
    return (double) shared / Math.max(a.size(), b.size());
  }
}
