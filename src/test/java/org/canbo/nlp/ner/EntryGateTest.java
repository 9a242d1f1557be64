package org.canbo.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.canbo.SampleTexts;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.canbo.text.ToneMarks;
import org.junit.jupiter.api.Test;

/**
 * The char-level gate in front of the post-or-honorific trie ({@link
 * PostVocabulary#mayHoldPostOrHonorific}) turns a sentence away only when the trie matches none of
 * its syllable tokens: over every sentence of the seeds and the dev texts, as written, upper- and
 * lower-cased and with its spacing changed; and it turns nearly every sentence with no post away.
 */
class EntryGateTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final PostVocabulary VOCABULARY = PostVocabulary.load(GAZETTEER.vocabulary());

  @Test
  void turnsAwayOnlySentencesWhereNoEntryMatches() throws IOException {
    int sentences = 0;
    int withoutEntry = 0;
    int turnedAway = 0;
    for (String text : SampleTexts.cleanTexts()) {
      for (String variant : List.of(text, text.toUpperCase(Locale.ROOT),
          text.toLowerCase(Locale.ROOT), text.replace(" ", "  "), text.replace(" ", "\t "),
          text.replace(", ", ","), text.replace(" ", ""))) {
        for (Sentence s : new SentenceSplitter(GAZETTEER::contains).split(variant)) {
          String canonical = ToneMarks.canonical(variant.substring(s.start(), s.end()));
          boolean matches = trieMatches(canonical);
          boolean admitted = VOCABULARY.mayHoldPostOrHonorific(canonical);
          assertThat(admitted || !matches).as(canonical).isTrue();
          sentences++;
          withoutEntry += matches ? 0 : 1;
          turnedAway += admitted ? 0 : 1;
        }
      }
    }
    boolean dev = Files.isDirectory(Path.of("../shared/dev/texts"));
    assertThat(sentences).isGreaterThan(dev ? 2000 : 300);
    assertThat(turnedAway).as("sentences turned away of %d with no entry", withoutEntry)
        .isGreaterThanOrEqualTo(withoutEntry * 95 / 100); // 1684 of 1685 with ../shared
  }

  @Test
  void readsTokensAsTheTokenizerCutsThem() {
    assertThat(VOCABULARY.mayHoldPostOrHonorific("Bí thư Tỉnh ủy phát biểu.")).isTrue();
    assertThat(VOCABULARY.mayHoldPostOrHonorific("BÍ  THƯ\tTỈNH ỦY")).isTrue(); // any white space
    assertThat(VOCABULARY.mayHoldPostOrHonorific("(ông Nguyễn Văn A)")).isTrue();
    // "ông" inside "bông", "bí" before "mật": no token is an entry
    assertThat(VOCABULARY.mayHoldPostOrHonorific("Hoa bông nở, bí mật được giữ.")).isFalse();
    assertThat(trieMatches("Hoa bông nở, bí mật được giữ.")).isFalse();
    assertThat(VOCABULARY.mayHoldPostOrHonorific("Hoa nở 𝐁í thư")).isTrue(); // a surrogate
  }

  @Test
  void refusesEntriesItCannotRead() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new EntryGate(List.of(List.of("bí thư"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("white space");
  }

  /** What {@code TaggedSentence.mayHavePostOrHonorific} tells, from the tokens. */
  private static boolean trieMatches(String canonical) {
    Tokens tokens = Tokens.canonicalSyllables(canonical, 0);
    String[] toks = tokens.tokens();
    String[] lower = TokenDictionary.lowerCase(toks);
    boolean[] none = new boolean[toks.length];
    for (int start = 0; start < toks.length; start++) {
      if (VOCABULARY.postOrHonorific().longestMatch(toks, lower, none, start) > start) {
        return true;
      }
    }
    return false;
  }
}
