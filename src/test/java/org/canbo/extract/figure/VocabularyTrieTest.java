package org.canbo.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.canbo.SampleTexts;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The trie-based {@link Vocabulary#find}, {@link Vocabulary#at} and {@link Vocabulary#endingAt}
 * give exactly what the plain scan they replaced gave (every phrase tried in priority order with
 * {@code indexOf}), on every sentence of the seeds and the dev excerpts, for every cue type.
 */
class VocabularyTrieTest {
  private static final Vocabulary VOCABULARY = Vocabulary.load();
  private static final List<String> TYPES =
      List.of("CAT", "DELTA", "NOT", "REALIZED", "STRONG", "SUB", "TARGET", "UNIT", "NO_SUCH_TYPE");

  @Test
  void sameCuesAsThePlainScanOnSeedAndDevSentences() throws IOException {
    int sentences = 0;
    int cues = 0;
    for (String norm : normalisedTexts()) {
      for (Sentence s : new SentenceSplitter(FigureTestSupport.GAZETTEER::contains).split(norm)) {
        sentences++;
        for (String type : TYPES) {
          List<Cue> expected = Reference.find(VOCABULARY.phrases(type), norm, s.start(), s.end());
          assertThat(VOCABULARY.find(type, norm, s.start(), s.end()))
              .as("%s in [%d, %d) of %s", type, s.start(), s.end(), norm.substring(s.start(), s.end()))
              .isEqualTo(expected);
          cues += expected.size();
          // windows that start and end inside words, as clauses and item windows do
          int mid = (s.start() + s.end()) / 2;
          assertThat(VOCABULARY.find(type, norm, mid, s.end()))
              .isEqualTo(Reference.find(VOCABULARY.phrases(type), norm, mid, s.end()));
          assertThat(VOCABULARY.find(type, norm, s.start(), mid))
              .isEqualTo(Reference.find(VOCABULARY.phrases(type), norm, s.start(), mid));
          for (int pos = s.start(); pos <= s.end(); pos++) {
            assertThat(VOCABULARY.at(type, norm, pos, s.end()))
                .as("%s at %d", type, pos)
                .isEqualTo(Reference.at(VOCABULARY.phrases(type), norm, pos, s.end()));
            assertThat(VOCABULARY.endingAt(type, norm, s.start(), pos))
                .as("%s ending at %d", type, pos)
                .isEqualTo(Reference.endingAt(VOCABULARY.phrases(type), norm, s.start(), pos));
          }
        }
      }
    }
    // The five seeds alone (a clone without ../shared) give ~70 sentences; with the dev set ~300.
    boolean dev = Files.isDirectory(Path.of("../shared/dev/texts"));
    assertThat(sentences).isGreaterThan(dev ? 200 : 60);
    assertThat(cues).isGreaterThan(dev ? 300 : 60);
  }

  @Test
  void oneWalkForTheDocumentTypesGivesWhatEachTypeGivesAlone() throws IOException {
    int cues = 0;
    for (String norm : normalisedTexts()) {
      java.util.Map<String, List<Cue>> all = VOCABULARY.findDocumentTypes(norm);
      assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.DOCUMENT_TYPES);
      for (String type : Vocabulary.DOCUMENT_TYPES) {
        List<Cue> alone = VOCABULARY.find(type, norm, 0, norm.length());
        assertThat(all.get(type)).as(type).isEqualTo(alone);
        cues += alone.size();
      }
    }
    assertThat(cues).isGreaterThan(100);
  }

  @Test
  void longerPhraseWinsOverAnEarlierShorterOneAndBlockersClaimText() throws IOException {
    String tsv = "CAT\tkỷ luật\tdiscipline\nCAT\tthi hành kỷ luật đảng viên\tx\n"
        + "CAT\tđảng viên\tparty_membership\nCAT\tkỷ luật đảng\t-\n";
    Vocabulary v = Vocabulary.read(new java.io.ByteArrayInputStream(
        tsv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    for (String text : List.of("đã thi hành kỷ luật đảng viên và kỷ luật đảng viên khác",
        "kỷ luật đảng viên", "kỷ luật, đảng viên", "kỷ luật đảngviên")) {
      assertThat(v.find("CAT", text, 0, text.length()))
          .as(text)
          .isEqualTo(Reference.find(v.phrases("CAT"), text, 0, text.length()));
    }
  }

  private static List<String> normalisedTexts() throws IOException {
    return SampleTexts.cleanTexts().stream().map(Vocabulary::normalise).toList();
  }

  /** The plain scan the trie replaced: each phrase in priority order, every occurrence. */
  private static final class Reference {
    static List<Cue> find(List<Vocabulary.Phrase> phrases, String norm, int from, int to) {
      List<Cue> found = new ArrayList<>();
      for (Vocabulary.Phrase p : phrases) {
        String phrase = p.text();
        int i = norm.indexOf(phrase, from);
        while (i >= 0 && i + phrase.length() <= to) {
          int end = i + phrase.length();
          if (isWordAt(norm, i, end) && !overlapsAny(found, i, end)) {
            found.add(new Cue(i, end, p.value()));
          }
          i = norm.indexOf(phrase, i + 1);
        }
      }
      found.removeIf(c -> Vocabulary.BLOCK.equals(c.value()));
      found.sort(Comparator.comparingInt(Cue::start));
      return found;
    }

    static Optional<Cue> at(List<Vocabulary.Phrase> phrases, String norm, int pos, int to) {
      for (Vocabulary.Phrase p : phrases) {
        int end = pos + p.text().length();
        if (end <= to && norm.startsWith(p.text(), pos) && isWordAt(norm, pos, end)) {
          return Optional.of(new Cue(pos, end, p.value()));
        }
      }
      return Optional.empty();
    }

    static Optional<Cue> endingAt(List<Vocabulary.Phrase> phrases, String norm, int from, int pos) {
      int end = pos;
      while (end > from && Character.isWhitespace(norm.charAt(end - 1))) {
        end--;
      }
      for (Vocabulary.Phrase p : phrases) {
        int start = end - p.text().length();
        if (start >= from && norm.startsWith(p.text(), start) && isWordAt(norm, start, end)) {
          return Optional.of(new Cue(start, end, p.value()));
        }
      }
      return Optional.empty();
    }

    private static boolean overlapsAny(List<Cue> cues, int start, int end) {
      return cues.stream().anyMatch(c -> c.start() < end && start < c.end());
    }

    private static boolean isWordAt(String norm, int start, int end) {
      boolean left = start == 0 || !Character.isLetterOrDigit(norm.charAt(start - 1));
      boolean right = end >= norm.length() || !Character.isLetterOrDigit(norm.charAt(end));
      return left && right;
    }
  }
}
