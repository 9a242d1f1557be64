package org.canbo.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.canbo.ingest.ContentHash;
import org.canbo.ingest.CorpusWalker;

/**
 * Decides, file by file in walk order, what happens to each before it is read: the first file of an
 * id or of a content wins, so the outcome does not depend on thread timing. Ids come from relative
 * paths, so the same file reached through two paths ({@code ingest P/corpus}, then {@code ingest
 * P}) has two ids but one content hash: the second is a duplicate unless duplicates are allowed. A
 * file whose own id is already stored replaces it even when its new content exists elsewhere (a
 * changed file must not leave its old text behind). Used by one thread.
 */
final class BatchClaims {
  /** What to do with one file. */
  sealed interface Decision {
    /** Read, process and store it. */
    record Read(String sha256) implements Decision {}

    /** Stored already with this content and pipeline version. */
    record Unchanged() implements Decision {}

    /** Its content is stored (or read earlier in this run) under another id: reported, counted. */
    record Duplicate(String message) implements Decision {}

    /** Another file of this run has the same id: reported as a failure. */
    record IdTaken(String message) implements Decision {}
  }

  private final DocumentSink sink;
  private final boolean allowDuplicates;
  private final Map<String, Path> ids = new HashMap<>();
  private final Map<String, String> contents = new HashMap<>();

  BatchClaims(DocumentSink sink, boolean allowDuplicates) {
    this.sink = sink;
    this.allowDuplicates = allowDuplicates;
  }

  /** Hashes the file and decides; an unreadable file throws. */
  Decision decide(CorpusWalker.Entry entry) throws IOException {
    Path previous = ids.putIfAbsent(entry.id(), entry.file());
    if (previous != null) {
      return new Decision.IdTaken(
          "duplicate document id '" + entry.id() + "' (also " + previous + ")");
    }
    // Empty files all share one hash, yet each must be reported as empty, not as a copy.
    return decideContent(entry.id(), ContentHash.sha256(entry.file()),
        Files.size(entry.file()) == 0);
  }

  /**
   * Decides for a page of a web archive, whose bytes are in hand: {@code where} names it in the
   * message when its id was taken earlier in this run (the same address captured twice).
   */
  Decision decide(String id, Path where, String sha256, boolean empty) throws IOException {
    Path previous = ids.putIfAbsent(id, where);
    if (previous != null) {
      return new Decision.IdTaken("duplicate document id '" + id + "' (also " + previous + ")");
    }
    return decideContent(id, sha256, empty);
  }

  private Decision decideContent(String id, String sha256, boolean empty) throws IOException {
    String first = contents.putIfAbsent(sha256, id);
    if (sink.isUnchanged(id, sha256)) {
      return new Decision.Unchanged();
    }
    if (!allowDuplicates && !empty && !sink.contains(id)) {
      if (first != null) {
        return new Decision.Duplicate("same content as " + first + ", earlier in this run");
      }
      Optional<String> stored = sink.idWithContent(sha256);
      if (stored.isPresent()) {
        return new Decision.Duplicate("same content already indexed as " + stored.get());
      }
    }
    return new Decision.Read(sha256);
  }
}
