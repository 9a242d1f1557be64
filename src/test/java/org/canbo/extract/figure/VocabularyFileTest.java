package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.Optional;
import org.canbo.extract.number.NumberMention;
import org.canbo.nlp.sentence.Sentence;
import org.junit.jupiter.api.Test;

/** The row types of vocabulary.tsv: each one is read, any other is refused at load. */
class VocabularyFileTest {
  @Test
  void anUnknownRowTypeIsRefusedNamingFileAndLine() {
    String tsv = "# cues\nCAT\tkỷ luật\tdiscipline\nDELTAS\ttăng\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Vocabulary.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))));
    assertThat(e).hasMessageContaining("vocabulary line 3")
        .hasMessageContaining("unknown row type 'DELTAS'");
  }

  @Test
  void theBundledFileLoads() {
    assertThat(Vocabulary.load().phrases("DELTA")).extracting(Vocabulary.Phrase::text)
        .contains("tăng", "giảm", "vượt");
  }

  @Test
  void deltaCuesComeFromTheFile() throws IOException {
    String tsv = "DELTA\tbớt\n";
    Vocabulary v = Vocabulary.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    String norm = Vocabulary.normalise("số đảng viên bớt 12 người, tăng 3 người");
    RoleResolver roles = new RoleResolver(v);
    assertThat(roles.role(norm, candidateAt(norm, "12"), Optional.empty(), Optional.empty()))
        .isEqualTo("delta");
    // "tăng" is a DELTA cue of the bundled file, not of this one
    assertThat(roles.role(norm, candidateAt(norm, "3"), Optional.empty(), Optional.empty()))
        .isEqualTo("value");
  }

  /** A counted number as the candidate finder gives it: "12 người" in the one sentence. */
  private static Candidate candidateAt(String norm, String number) {
    int start = norm.indexOf(" " + number + " ") + 1;
    int end = start + number.length();
    NumberMention n = new NumberMention(start, start, end, new BigDecimal(number), "count", null,
        false, end);
    return new Candidate(n, new Sentence(0, 0, norm.length(), 0), end + 1, end + 6, "người",
        UnitClass.PERSON, false);
  }
}
