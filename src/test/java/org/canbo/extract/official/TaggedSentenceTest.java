package org.canbo.extract.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.canbo.SampleTexts;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.PostVocabulary;
import org.canbo.nlp.ner.PostVocabulary.Kind;
import org.canbo.nlp.ner.TokenDictionary;
import org.canbo.nlp.ner.Tokens;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * Trying a dictionary only from the tokens that open one of its entries ({@link
 * TaggedSentence#openers}) tags every sentence of the seeds and the dev excerpts (as written,
 * upper- and lower-cased) as trying every dictionary everywhere does, and the gate lets every
 * sentence with a post or an honorific through.
 */
class TaggedSentenceTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final PostVocabulary VOCABULARY = PostVocabulary.load(GAZETTEER.vocabulary());

  @Test
  void openersChangeNoTagAndTheGateMissesNoPost() throws IOException {
    int sentences = 0;
    int posts = 0;
    for (String text : SampleTexts.cleanTexts()) {
      for (String variant : List.of(text, text.toUpperCase(Locale.ROOT),
          text.toLowerCase(Locale.ROOT))) {
        for (Sentence s : new SentenceSplitter(GAZETTEER::contains).split(variant)) {
          Tokens tokens = Tokens.syllables(variant, s.start(), s.end());
          String[] lower = TokenDictionary.lowerCase(tokens.tokens());
          int[] all = new int[lower.length];
          Arrays.fill(all, -1);
          boolean gate = TaggedSentence.mayHavePostOrHonorific(tokens, lower, VOCABULARY);
          TaggedSentence tagged = TaggedSentence.tag(tokens, lower, VOCABULARY);
          assertThat(describe(tagged)).as(variant.substring(s.start(), s.end()))
              .isEqualTo(describe(TaggedSentence.tag(tokens, lower, all, VOCABULARY)));
          sentences++;
          posts += tagged.hasKind(Kind.HEAD) ? 1 : 0;
          assertThat(gate || tagged.hasKind(Kind.HEAD) || tagged.hasKind(Kind.HONORIFIC))
              .as("the gate lets through every sentence with a post or honorific").isEqualTo(gate);
        }
      }
    }
    boolean dev = Files.isDirectory(Path.of("../shared/dev/texts"));
    assertThat(sentences).isGreaterThan(dev ? 600 : 300);
    assertThat(posts).isGreaterThan(dev ? 100 : 30);
  }

  private static List<String> describe(TaggedSentence t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.kindAt(i) + "/" + t.spanEnd(i));
    }
    return out;
  }
}
