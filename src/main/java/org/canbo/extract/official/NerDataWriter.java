package org.canbo.extract.official;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.canbo.extract.eval.OfficialGoldReader;
import org.canbo.extract.eval.OfficialScorer;
import org.canbo.model.Official;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.PostVocabulary;
import org.canbo.nlp.ner.Tokens;
import org.canbo.nlp.ner.WordTokenizer;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.canbo.text.TextCleaner;

/**
 * Writes name-finder training data in OpenNLP's format from articles and their gold: every
 * sentence of every article as word tokens ({@link WordTokenizer}), the gold officials' names
 * marked {@code <START:person> ... <END>} wherever they occur (tone marks and case aside), a blank
 * line between articles. Run: {@code NerDataWriter CORPUS_DIR GOLD_DIR OUT}.
 */
public final class NerDataWriter {
  private static final int MAX_NAME_TOKENS = 4;
  private final WordTokenizer words;
  private final SentenceSplitter splitter;

  public NerDataWriter(WordTokenizer words, Gazetteer gazetteer) {
    this.words = words;
    this.splitter = new SentenceSplitter(gazetteer::contains);
  }

  /** Writes the data of every {@code *.txt} in {@code corpus} that has a gold file in {@code gold}. */
  public void write(Path corpus, Path gold, Path out) throws IOException {
    Map<String, List<Official>> officials = new OfficialGoldReader().readDir(gold);
    List<Path> texts;
    try (Stream<Path> files = Files.list(corpus)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path t : texts) {
        String doc = t.getFileName().toString().replaceFirst("\\.txt$", "");
        if (officials.containsKey(doc)) {
          Set<String> names = officials.get(doc).stream().map(o -> OfficialScorer.key(o.name()))
              .collect(Collectors.toSet());
          writeArticle(new TextCleaner().clean(Files.readString(t)).text(), names, w);
          w.write('\n');
        }
      }
    }
  }

  private void writeArticle(String text, Set<String> names, Writer w) throws IOException {
    for (Sentence s : splitter.split(text)) {
      Tokens t = words.words(text, s.start(), s.end());
      StringBuilder line = new StringBuilder();
      int i = 0;
      while (i < t.size()) {
        int n = nameLength(t, i, names);
        line.append(line.length() == 0 ? "" : " ");
        if (n > 0) {
          line.append("<START:person> ").append(String.join(" ", List.of(t.tokens()).subList(i, i + n)))
              .append(" <END>");
          i += n;
        } else {
          line.append(t.token(i++));
        }
      }
      w.write(line.append('\n').toString());
    }
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

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: NerDataWriter CORPUS_DIR GOLD_DIR OUT");
    }
    Gazetteer gazetteer = Gazetteer.load();
    WordTokenizer words = new WordTokenizer(VietnameseSegmenter.load(), gazetteer, PostVocabulary.load());
    new NerDataWriter(words, gazetteer).write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
  }
}
