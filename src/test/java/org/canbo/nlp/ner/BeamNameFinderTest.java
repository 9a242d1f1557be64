package org.canbo.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import org.canbo.TestModels;
import org.canbo.nlp.segment.SentenceWords;
import org.canbo.nlp.sentence.Sentence;
import org.canbo.nlp.sentence.SentenceSplitter;
import org.canbo.text.TextCleaner;
import org.junit.jupiter.api.Test;

/**
 * {@link BeamNameFinder} finds exactly what OpenNLP's {@link NameFinderME} finds (spans, types and
 * probabilities), sentence after sentence with the adaptive data carried through each document:
 * on the shipped annotation data and on the word tokens of the seed articles and the dev sets,
 * with the default model and with an unsure model (few iterations) whose beams compete more.
 */
class BeamNameFinderTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  @Test
  void theDefaultModelIsDecodedByTheBeamFinder() {
    assertThat(PersonNameModel.load(Optional.empty()).newFinder())
        .isInstanceOf(BeamNameFinder.class);
  }

  /** The dev texts are in ../shared, absent from a user's clone: fewer names to compare then. */
  private static final boolean WITH_DEV_TEXTS = Files.isDirectory(Path.of("../shared/dev/texts"));

  @Test
  void findsWhatNameFinderMeFindsWithTheDefaultModel() throws IOException {
    TokenNameFinderModel model = PersonNameModel.load(Optional.empty()).model();
    assertSameNames(model, annotatedDocuments(), 50);
    assertSameNames(model, articleDocuments(), WITH_DEV_TEXTS ? 50 : 10); // the seeds hold 12
  }

  @Test
  void findsWhatNameFinderMeFindsWithAnUnsureModel() throws IOException {
    TokenNameFinderModel model = new NameFinderTrainer(5, 1)
        .train(() -> resource(PersonNameModel.DATA_RESOURCE)); // 5 iterations: far from sure
    assertSameNames(model, annotatedDocuments(), 5);
    // Without ../shared only the seeds remain, where this model finds no name: spans still compared.
    assertSameNames(model, articleDocuments(), WITH_DEV_TEXTS ? 5 : 0);
  }

  private static void assertSameNames(TokenNameFinderModel model, List<List<String[]>> documents,
      int atLeast) {
    TokenNameFinder fast = BeamNameFinder.of(model);
    assertThat(fast).isInstanceOf(BeamNameFinder.class);
    NameFinderME reference = new NameFinderME(model);
    int names = 0;
    for (List<String[]> document : documents) {
      for (String[] sentence : document) {
        List<String> expected = describe(reference.find(sentence));
        assertThat(describe(fast.find(sentence))).as(String.join(" ", sentence))
            .isEqualTo(expected);
        names += expected.size();
      }
      reference.clearAdaptiveData();
      fast.clearAdaptiveData();
    }
    assertThat(names).as("names found").isGreaterThanOrEqualTo(atLeast);
  }

  private static List<String> describe(opennlp.tools.util.Span[] spans) {
    return Arrays.stream(spans).map(s -> s + " " + s.getProb()).toList();
  }

  /** The sentences of the shipped annotation data, split into its documents. */
  static List<List<String[]>> annotatedDocuments() throws IOException {
    List<List<String[]>> documents = new ArrayList<>();
    try (ObjectStream<NameSample> samples = new NameSampleDataStream(new PlainTextByLineStream(
        () -> resource(PersonNameModel.DATA_RESOURCE), StandardCharsets.UTF_8))) {
      for (NameSample s = samples.read(); s != null; s = samples.read()) {
        if (s.isClearAdaptiveDataSet() || documents.isEmpty()) {
          documents.add(new ArrayList<>());
        }
        documents.get(documents.size() - 1).add(s.getSentence());
      }
    }
    return documents;
  }

  /** The word tokens, as the officials extractor makes them, of the seeds and the dev sets. */
  static List<List<String[]>> articleDocuments() throws IOException {
    WordTokenizer words = new WordTokenizer(TestModels.SEGMENTER, GAZETTEER,
        PostVocabulary.load(GAZETTEER.vocabulary()));
    SentenceSplitter splitter = new SentenceSplitter(GAZETTEER::contains);
    List<List<String[]>> documents = new ArrayList<>();
    for (Path dir : List.of(Path.of("corpus"), Path.of("../shared/dev/texts"),
        Path.of("../shared/dev2/texts"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String text = new TextCleaner().clean(Files.readString(f)).text();
          List<Sentence> sentences = splitter.split(text);
          SentenceWords layer = new SentenceWords(TestModels.SEGMENTER, text, sentences);
          documents.add(sentences.stream()
              .map(s -> words.words(text, layer.of(s.index())).tokens()).toList());
        }
      }
    }
    return documents;
  }

  private static InputStream resource(String name) {
    return BeamNameFinderTest.class.getResourceAsStream(name);
  }
}
