package org.canbo.nlp.segment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Build-time tool that parses vnTokenizer's XML resources once and writes the
 * {@link LexiconSnapshot} the runtime reads instead; the Maven build runs it in
 * {@code process-classes} with the project's classpath.
 */
public final class LexiconSnapshotWriter {
  private LexiconSnapshotWriter() {}

  /** Usage: {@code LexiconSnapshotWriter <output file>}, the pom passes the classes directory's. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: LexiconSnapshotWriter <output file>");
    }
    Path target = Path.of(args[0]).toAbsolutePath();
    ClassLoader classLoader = LexiconSnapshotWriter.class.getClassLoader();
    long fingerprint = SnapshotFingerprint.of(classLoader);
    Lexicon lexicon = new LexiconLoader(classLoader).load();
    byte[] image = LexiconSnapshot.encode(lexicon, fingerprint);
    // Read it back before publishing: a writer/reader mismatch fails the build, not a user's load.
    Lexicon back = LexiconSnapshot.decode(image, fingerprint);
    if (back.nodeCount() != lexicon.nodeCount() || back.bigramCount() != lexicon.bigramCount()
        || back.syllables.size() != lexicon.syllables.size()
        || back.unigramTotal() != lexicon.unigramTotal()) {
      throw new IllegalStateException("snapshot does not read back to the lexicon it was made from");
    }
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.write(tmp, image);
    // Atomic, so a reader (or a parallel build) never sees half a file.
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
