package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

  @Test
  void directoryIsWalkedRecursivelySortedWithoutHiddenFiles() throws IOException {
    touch("b.txt");
    touch("sub/a.html");
    touch("a.pdf");
    touch("sub/deeper/c.tar.gz");
    touch(".hidden.txt");
    touch(".git/config");
    touch("sub/.cache/d.txt");
    List<CorpusWalker.Entry> entries = CorpusWalker.walk(dir);
    assertThat(entries).extracting(CorpusWalker.Entry::id)
        .containsExactly("a", "b", "sub/a", "sub/deeper/c.tar");
    assertThat(entries.get(2).file()).isEqualTo(dir.resolve("sub/a.html"));
  }

  @Test
  void fileGivenDirectlyIsIdentifiedByItsName() throws IOException {
    Path file = touch("sub/a.html");
    assertThat(CorpusWalker.walk(List.of(file, Path.of("corpus/000_7ea46ac1337f9b94.txt"))))
        .containsExactly(new CorpusWalker.Entry(file, "a"),
            new CorpusWalker.Entry(Path.of("corpus/000_7ea46ac1337f9b94.txt"),
                "000_7ea46ac1337f9b94"));
  }

  @Test
  void missingArgumentIsNamed() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> CorpusWalker.walk(missing))
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
}
