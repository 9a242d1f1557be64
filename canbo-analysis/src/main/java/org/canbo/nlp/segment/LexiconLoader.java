package org.canbo.nlp.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiConsumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.canbo.text.ToneMarks;

/**
 * Reads vnTokenizer's resources (minimal-DFA lexicon, unigram and bigram counts, name prefixes)
 * from the classpath with StAX and builds a {@link Lexicon}.
 *
 * <p>StAX rather than JAXB: the files are flat lists, a streaming pass keeps load time and
 * garbage low, and JAXB is not on our classpath.
 */
final class LexiconLoader {
  static final String DFA = "models/tokenization/automata/dfaLexicon.xml";
  static final String UNIGRAM = "models/tokenization/bigram/unigram.xml";
  static final String BIGRAM = "models/tokenization/bigram/bigram.xml";
  static final String PREFIXES = "models/tokenization/prefix/namedEntityPrefix.xml";
  /** Our hand-written additions (titles, bodies, family names), see the file's header. */
  static final String EXTRA = "org/canbo/nlp/segment/extra-lexicon.txt";

  private final ClassLoader classLoader;
  private final XMLInputFactory xml = XMLInputFactory.newFactory();

  LexiconLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  /**
   * Parses the bigram file (the largest) on a second thread while this one builds the trie from
   * the DFA and unigrams: on two cores that halves the load time.
   */
  Lexicon load() {
    FutureTask<BigramFile> bigramFile = new FutureTask<>(() -> {
      BigramFile file = new BigramFile();
      new LexiconLoader(classLoader).readEntries(BIGRAM, (c, pair) -> file.add(pair, c));
      return file;
    });
    Thread parser = new Thread(bigramFile, "canbo-lexicon-bigrams");
    parser.setDaemon(true);
    parser.start();
    Lexicon lexicon = new Lexicon();
    loadDfa(lexicon);
    readEntries(UNIGRAM, (count, form) -> addUnigram(lexicon, form, count));
    join(bigramFile).addTo(lexicon);
    readEntries(PREFIXES, (count, form) -> lexicon.flagSyllable(fold(form), Lexicon.NAME_PREFIX));
    new ExtraLexicon(lexicon).read(open(EXTRA));
    return lexicon;
  }

  private static BigramFile join(FutureTask<BigramFile> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading " + BIGRAM, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
  }

  /** Folds a form to the lexicon key: canonical tone placement, lower case. */
  static String fold(String form) {
    return ToneMarks.canonical(form.strip()).toLowerCase(Locale.ROOT);
  }

  /** The folded syllables of a form; a hand-rolled split, as a regex split costs 30% of load. */
  static String[] syllables(String form) {
    String f = fold(form);
    int n = 0;
    for (int i = 0; i < f.length(); i++) {
      if (f.charAt(i) > ' ' && (i == 0 || f.charAt(i - 1) <= ' ')) {
        n++;
      }
    }
    String[] out = new String[n];
    int k = 0;
    int i = 0;
    while (k < n) {
      while (f.charAt(i) <= ' ') {
        i++;
      }
      int start = i;
      while (i < f.length() && f.charAt(i) > ' ') {
        i++;
      }
      out[k++] = f.substring(start, i);
    }
    return out;
  }

  private static void addUnigram(Lexicon lexicon, String form, int count) {
    String[] s = syllables(form);
    if (s.length == 0) {
      return;
    }
    int node = lexicon.addPath(s);
    lexicon.addUnigram(node, count);
    boolean capitalised = Character.isUpperCase(form.strip().charAt(0));
    lexicon.addFlag(node, capitalised ? Lexicon.PROPER : Lexicon.WORD);
  }

  /** The DFA is acyclic: a depth-first walk from state 0 spells every word it accepts. */
  private void loadDfa(Lexicon lexicon) {
    DfaReader dfa = new DfaReader();
    try (InputStream in = open(DFA)) {
      XMLStreamReader r = xml.createXMLStreamReader(in, "UTF-8");
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          dfa.element(r);
        }
      }
    } catch (IOException | XMLStreamException e) {
      throw new IllegalStateException("cannot read " + DFA + ": " + e.getMessage(), e);
    }
    dfa.forEachWord(word -> {
      String[] s = syllables(word);
      if (s.length > 0 && Character.isLetter(s[0].charAt(0))) {
        lexicon.addFlag(lexicon.addPath(s), Lexicon.WORD);
      }
    });
  }

  /** Calls {@code entry(count, text)} for every {@code <w msd="count">text</w>}. */
  private void readEntries(String resource, BiConsumer<Integer, String> entry) {
    try (InputStream in = open(resource)) {
      XMLStreamReader r = xml.createXMLStreamReader(in, "UTF-8");
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("w")) {
          String msd = r.getAttributeValue(null, "msd");
          int count = msd == null ? 1 : parseCount(msd);
          String text = r.getElementText();
          if (!text.isBlank()) {
            entry.accept(count, text);
          }
        }
      }
    } catch (IOException | XMLStreamException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  private static int parseCount(String msd) {
    try {
      return Integer.parseInt(msd.trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private InputStream open(String resource) {
    InputStream in = classLoader.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("resource " + resource
          + " not on the classpath (org.codelibs:elasticsearch-analysis-vi:5.6.0 provides it)"));
    }
    return in;
  }
}
