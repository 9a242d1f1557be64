package org.canbo.nlp.segment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.canbo.text.ToneMarks;

/**
 * A 64-bit digest of what a {@link LexiconSnapshot} is derived from, so an image left behind by an
 * earlier build (an IDE rebuilding classes or editing {@code extra-lexicon.txt} without Maven) is
 * rejected instead of silently segmenting with yesterday's lexicon or folding.
 *
 * <p>It covers the bytes of our extra lexicon, the names and sizes of vnTokenizer's XML resources
 * (reading their 14 MB would cost what the snapshot saves; their artifact version is pinned), and
 * the class files of the code that builds and lays out the lexicon, {@link ToneMarks} included.
 * Any recompilation of those classes thus invalidates the image until the next Maven build.
 */
final class SnapshotFingerprint {
  private static final List<String> XML = List.of(
      LexiconLoader.DFA, LexiconLoader.UNIGRAM, LexiconLoader.BIGRAM, LexiconLoader.PREFIXES);
  private static final List<Class<?>> BUILDERS = List.of(
      LexiconLoader.class, DfaReader.class, BigramFile.class, ExtraLexicon.class, Lexicon.class,
      SyllableTable.class, LongIntHash.class, LexiconSnapshot.class, ToneMarks.class);

  private SnapshotFingerprint() {}

  /** The fingerprint of the inputs as {@code classLoader} sees them. */
  static long of(ClassLoader classLoader) throws IOException {
    CRC32 low = new CRC32();
    CRC32C high = new CRC32C();
    for (String resource : XML) {
      byte[] name = resource.getBytes(StandardCharsets.UTF_8);
      byte[] size = ByteBuffer.allocate(Long.BYTES).putLong(size(classLoader, resource)).array();
      for (byte[] b : List.of(name, size)) {
        low.update(b);
        high.update(b);
      }
    }
    List<String> files = new ArrayList<>();
    files.add(LexiconLoader.EXTRA);
    for (Class<?> c : BUILDERS) {
      files.add(c.getName().replace('.', '/') + ".class");
    }
    for (String file : files) {
      byte[] b = bytes(classLoader, file);
      low.update(b);
      high.update(b);
    }
    return (high.getValue() << 32) | low.getValue();
  }

  private static long size(ClassLoader classLoader, String resource) throws IOException {
    URL url = classLoader.getResource(resource);
    if (url == null) {
      throw new IOException("resource " + resource + " not on the classpath");
    }
    // A jar entry's size comes from the jar's directory: no need to inflate the entry.
    long size = url.openConnection().getContentLengthLong();
    if (size < 0) {
      throw new IOException("size of " + resource + " unknown");
    }
    return size;
  }

  private static byte[] bytes(ClassLoader classLoader, String resource) throws IOException {
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("resource " + resource + " not on the classpath");
      }
      return in.readAllBytes();
    }
  }
}
