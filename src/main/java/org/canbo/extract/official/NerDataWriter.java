package org.canbo.extract.official;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.canbo.extract.eval.OfficialScorer;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.Tokens;
import org.canbo.nlp.ner.WordTokenizer;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.canbo.text.TextCleaner;

/**
 * Writes name-finder training data in OpenNLP's format from articles and their gold officials:
 * every sentence of every article as word tokens ({@link WordTokenizer}), the gold officials' names
 * marked {@code <START:person> ... <END>} wherever they occur (tone marks and case aside), a blank
 * line between articles. Thread-safe.
 */
public final class NerDataWriter {
  private static final int MAX_NAME_TOKENS = 4;
  private final WordTokenizer words;
  private final SentenceSplitter splitter;

  public NerDataWriter(WordTokenizer words, Gazetteer gazetteer) {
    this.words = words;
    this.splitter = new SentenceSplitter(gazetteer::contains);
  }

  /** Writes the articles' data to {@code out}; returns the number of names marked. */
  public int write(List<GoldArticles.Article> articles, Writer out) throws IOException {
    int marked = 0;
    for (GoldArticles.Article a : articles) {
      Set<String> names = a.names().stream().map(OfficialScorer::key).collect(Collectors.toSet());
      marked += writeArticle(new TextCleaner().clean(a.text()).text(), names, out);
      out.write('\n');
    }
    return marked;
  }

  private int writeArticle(String text, Set<String> names, Writer w) throws IOException {
    int marked = 0;
    for (Sentence s : splitter.split(text)) {
      Tokens t = words.words(text, s.start(), s.end());
      StringBuilder line = new StringBuilder();
      int i = 0;
      while (i < t.size()) {
        int n = names.isEmpty() ? 0 : nameLength(t, i, names);
        line.append(line.length() == 0 ? "" : " ");
        if (n > 0) {
          line.append("<START:person> ").append(String.join(" ", List.of(t.tokens()).subList(i, i + n)))
              .append(" <END>");
          i += n;
          marked++;
        } else {
          line.append(t.token(i++));
        }
      }
      w.write(line.append('\n').toString());
    }
    return marked;
  }

  /** Tokens from {@code i} that spell a gold name, or 0. */
  private static int nameLength(Tokens t, int i, Set<String> names) {
    StringBuilder b = new StringBuilder();
    for (int n = 1; n <= MAX_NAME_TOKENS && i + n <= t.size(); n++) {
      b.append(n == 1 ? "" : " ").append(t.token(i + n - 1).replace('_', ' '));
      if (names.contains(OfficialScorer.key(b.toString()))) {
        return n;
      }
    }
    return 0;
  }
}
