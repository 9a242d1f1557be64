package org.canbo.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.canbo.SampleTexts;
import org.canbo.nlp.ner.PostVocabulary.Kind;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * {@link TokenDictionary} finds exactly what OpenNLP's {@link DictionaryNameFinder} finds over the
 * same dictionary, on every sentence of the seeds and the dev excerpts (as written, upper-cased and
 * lower-cased), for every kind of the post vocabulary, and with claimed tokens blocked as
 * {@code TaggedSentence} blocks them; the one trie of heads and honorifics matches as they do.
 */
class TokenDictionaryTest {
  private static final PostVocabulary VOCABULARY = PostVocabulary.load();
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final String MASK = "\u0000";

  @Test
  void sameSpansAsTheDictionaryNameFinderOnSeedAndDevSentences() throws IOException {
    int sentences = 0;
    int spans = 0;
    for (String text : SampleTexts.cleanTexts()) {
      for (String variant : List.of(text, text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT))) {
        for (Sentence s : new SentenceSplitter(GAZETTEER::contains).split(variant)) {
          sentences++;
          String[] tokens = Tokens.syllables(variant, s.start(), s.end()).tokens();
          for (Kind k : Kind.values()) {
            Span[] expected = VOCABULARY.finder(k).find(tokens);
            assertThat(VOCABULARY.dictionary(k).find(tokens, k.type()))
                .as("%s in %s", k, String.join(" ", tokens))
                .containsExactly(expected);
            spans += expected.length;
          }
          assertThat(tagged(tokens, true)).isEqualTo(tagged(tokens, false));
          assertPostOrHonorificIsEither(tokens);
        }
      }
    }
    // The five seeds alone (a clone without ../shared) give ~330 sentence variants; with dev ~1000.
    boolean dev = Files.isDirectory(Path.of("../shared/dev/texts"));
    assertThat(sentences).isGreaterThan(dev ? 600 : 300);
    assertThat(spans).isGreaterThan(dev ? 1000 : 300);
  }

  @Test
  void longestEntryWinsAndCaseFollowsTheDictionary() {
    Dictionary d = new Dictionary(false);
    for (String e : List.of("Ban", "Ban Tổ chức", "Ban Tổ chức Trung ương", "ủy viên", "TP.HCM")) {
      d.put(new StringList(e.split(" ")));
    }
    TokenDictionary t = new TokenDictionary(d);
    for (String text : List.of("Trưởng Ban Tổ chức Trung ương và Ban Tổ chức tỉnh",
        "BAN TỔ CHỨC TRUNG ƯƠNG", "ban tổ chức trung", "Ủy Viên ban", "tp.hcm Ban Tổ", "Ban")) {
      String[] tokens = text.split(" ");
      assertThat(t.find(tokens, "x")).as(text)
          .containsExactly(new DictionaryNameFinder(d, "x").find(tokens));
    }
  }

  @Test
  void containsAllIsTheDictionarysContains() {
    Dictionary d = new Dictionary(false);
    for (String e : List.of("Ban", "Ban Tổ chức", "ủy viên", "TP.HCM")) {
      d.put(new StringList(e.split(" ")));
    }
    TokenDictionary t = new TokenDictionary(d);
    for (String text : List.of("Ban", "BAN", "ban tổ chức", "Ban Tổ", "Ban Tổ chức tỉnh", "Ủy Viên",
        "viên", "tp.hcm", "Tổ chức")) {
      String[] tokens = text.split(" ");
      assertThat(t.containsAll(tokens)).as(text).isEqualTo(d.contains(new StringList(tokens)));
    }
    assertThat(t.containsAll(new String[] {"Ban", "Tổ"})).isFalse();
    assertThat(t.containsAll(new String[] {"bAn"})).isTrue();
  }

  /** The trie of heads and honorifics matches, at every token, the longer of their matches. */
  private static void assertPostOrHonorificIsEither(String[] tokens) {
    String[] lower = TokenDictionary.lowerCase(tokens);
    boolean[] none = new boolean[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      int head = VOCABULARY.dictionary(Kind.HEAD).longestMatch(tokens, lower, none, i);
      int honorific = VOCABULARY.dictionary(Kind.HONORIFIC).longestMatch(tokens, lower, none, i);
      assertThat(VOCABULARY.postOrHonorific().longestMatch(tokens, lower, none, i))
          .as("%d in %s", i, String.join(" ", tokens)).isEqualTo(Math.max(head, honorific));
    }
  }

  /** Spans of every kind in tagging order, claimed tokens blocked (trie) or masked (finder). */
  private static List<Span> tagged(String[] tokens, boolean trie) {
    List<Span> out = new ArrayList<>();
    String[] masked = tokens.clone();
    String[] lower = TokenDictionary.lowerCase(tokens);
    boolean[] claimed = new boolean[tokens.length];
    for (Kind k : List.of(Kind.PLACE, Kind.HONORIFIC, Kind.FORMER, Kind.HEAD, Kind.BODY, Kind.TYPE,
        Kind.JOINER, Kind.ORG)) {
      List<Span> found = new ArrayList<>();
      if (trie) {
        for (int i = 0; i < tokens.length; i++) {
          int end = claimed[i] ? -1 : VOCABULARY.dictionary(k).longestMatch(tokens, lower, claimed, i);
          if (end > i) {
            found.add(new Span(i, end, k.type()));
            i = end - 1;
          }
        }
      } else {
        found.addAll(List.of(VOCABULARY.finder(k).find(masked)));
      }
      for (Span s : found) {
        for (int i = s.getStart(); i < s.getEnd(); i++) {
          claimed[i] = true;
          masked[i] = MASK;
        }
      }
      out.addAll(found);
    }
    return out;
  }

}
