package org.canbo.nlp.segment;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the segmenter's {@link Lexicon}: from the build's {@link LexiconSnapshot} when it is present
 * and valid, otherwise by parsing vnTokenizer's XML resources (e.g. classes compiled by an IDE).
 *
 * <p>Both paths give the same lexicon; the debug log line says which one ran and why.
 */
final class LexiconSource {
  private static final Logger LOG = LoggerFactory.getLogger(LexiconSource.class);

  private LexiconSource() {}

  static Lexicon load(ClassLoader classLoader) {
    long start = System.nanoTime();
    String why;
    try {
      Lexicon lexicon = fromSnapshot(classLoader);
      LOG.debug("lexicon: read snapshot {} in {} ms", LexiconSnapshot.RESOURCE, millis(start));
      return lexicon;
    } catch (LexiconSnapshot.Rejected e) {
      why = e.getMessage();
    } catch (IOException e) {
      why = "unreadable: " + e;
    }
    Lexicon lexicon = new LexiconLoader(classLoader).load();
    LOG.debug("lexicon: parsed the XML resources in {} ms; snapshot {} not used: {}",
        millis(start), LexiconSnapshot.RESOURCE, why);
    return lexicon;
  }

  /** The snapshot's lexicon, or why there is none usable. */
  static Lexicon fromSnapshot(ClassLoader classLoader) throws IOException, LexiconSnapshot.Rejected {
    byte[] image;
    try (InputStream in = classLoader.getResourceAsStream(LexiconSnapshot.RESOURCE)) {
      if (in == null) {
        throw new LexiconSnapshot.Rejected("absent");
      }
      image = in.readAllBytes();
    }
    return LexiconSnapshot.decode(image, SnapshotFingerprint.of(classLoader));
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
