package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWalkerTest {
  @TempDir Path dir;

  private Path touch(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "x");
  }

  private static CorpusWalker.Walk walk(Path dir) throws IOException {
    return new CorpusWalker(false).walk(List.of(dir));
  }

  @Test
  void directoryIsWalkedRecursivelySortedWithoutHiddenFiles() throws IOException {
    touch("b.txt");
    touch("sub/a.html");
    touch("a.pdf");
    touch("sub/deeper/c.tar.gz");
    touch(".hidden.txt");
    touch(".git/config");
    touch("sub/.cache/d.txt");
    List<CorpusWalker.Entry> entries = walk(dir).entries();
    assertThat(entries).extracting(CorpusWalker.Entry::id)
        .containsExactly("a", "b", "sub/a", "sub/deeper/c.tar");
    assertThat(entries.get(2).file()).isEqualTo(dir.resolve("sub/a.html"));
  }

  @Test
  void fileGivenDirectlyIsIdentifiedByItsName() throws IOException {
    Path file = touch("sub/a.html");
    assertThat(new CorpusWalker(false)
        .walk(List.of(file, Path.of("corpus/000_7ea46ac1337f9b94.txt"))).entries())
        .containsExactly(new CorpusWalker.Entry(file, "a"),
            new CorpusWalker.Entry(Path.of("corpus/000_7ea46ac1337f9b94.txt"),
                "000_7ea46ac1337f9b94"));
  }

  @Test
  void missingArgumentIsNamed() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> walk(missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void sha256MatchesAKnownDigest() throws IOException {
    Path abc = Files.write(dir.resolve("abc"), "abc".getBytes(StandardCharsets.US_ASCII));
    assertThat(ContentHash.sha256(abc))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Path big = Files.write(dir.resolve("big"), new byte[200_000]);
    // Larger than the read buffer, so the streaming loop runs more than once.
    assertThat(ContentHash.sha256(big))
        .isEqualTo("4cbbd9be0cba685835755f827758705db5a413c5494c34262cd25946a73e7582");
  }

  @Test
  void anUnreadableDirectoryIsOneFailureAndTheWalkGoesOn() throws IOException {
    touch("a.txt");
    touch("locked/b.txt");
    touch("z/c.txt");
    Path locked = dir.resolve("locked");
    // Root reads every directory: the lister fails as it does for other users (the CLI test
    // HostileCorpusTest makes a real one unreadable).
    CorpusWalker walker = new CorpusWalker(false, d -> {
      if (d.equals(locked)) {
        throw new AccessDeniedException(d.toString());
      }
      try (var children = Files.list(d)) {
        return children.sorted().toList();
      }
    });
    CorpusWalker.Walk walk = walker.walk(List.of(dir));
    assertThat(walk.entries()).extracting(CorpusWalker.Entry::id).containsExactly("a", "z/c");
    assertThat(walk.problems()).containsExactly(
        new CorpusWalker.Problem(locked, "cannot read directory (permission denied)", true));
  }

  @Test
  void linksOutOfTheRootAreSkippedWithTheirTarget() throws IOException {
    touch("in/a.txt");
    Path outside = Files.writeString(Files.createDirectories(dir.resolve("out")).resolve("s.txt"), "x");
    Path root = dir.resolve("in");
    Files.createSymbolicLink(root.resolve("secret.txt"), outside);
    Files.createSymbolicLink(root.resolve("same.txt"), root.resolve("a.txt"));
    Files.createSymbolicLink(root.resolve("broken.txt"), root.resolve("gone.txt"));
    Files.createSymbolicLink(root.resolve("loop"), root);

    CorpusWalker.Walk walk = new CorpusWalker(false).walk(List.of(root));
    assertThat(walk.entries()).extracting(CorpusWalker.Entry::id).containsExactly("a", "same");
    assertThat(walk.problems()).containsExactly(
        new CorpusWalker.Problem(root.resolve("broken.txt"),
            "skipped: broken symbolic link (to " + root.resolve("gone.txt") + ")", false),
        new CorpusWalker.Problem(root.resolve("secret.txt"), "skipped: symbolic link to "
            + outside.toRealPath() + ", outside " + root + " (--follow-links follows it)", false));

    CorpusWalker.Walk followed = new CorpusWalker(true).walk(List.of(root));
    assertThat(followed.entries()).extracting(CorpusWalker.Entry::id)
        .containsExactly("a", "same", "secret");
  }

  @Test
  void followLinksWalksLinkedDirectoriesOnce() throws IOException {
    touch("shared/x.txt");
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.createSymbolicLink(root.resolve("linked"), dir.resolve("shared"));
    Files.createSymbolicLink(dir.resolve("shared/back"), root);
    assertThat(new CorpusWalker(false).walk(List.of(root)).entries()).isEmpty();
    CorpusWalker.Walk walk = new CorpusWalker(true).walk(List.of(root));
    assertThat(walk.entries()).extracting(CorpusWalker.Entry::id).containsExactly("linked/x");
    assertThat(walk.problems()).extracting(CorpusWalker.Problem::reason)
        .containsExactly("skipped: symbolic link loop (to " + root.toRealPath() + ")");
  }
}
