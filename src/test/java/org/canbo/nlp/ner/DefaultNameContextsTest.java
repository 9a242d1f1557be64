package org.canbo.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link DefaultNameContexts} gives, token by token, the model parameters (weights per outcome) of
 * exactly the features the default model's own OpenNLP feature generator makes, in the same order,
 * with the same adaptive data (fed with the outcomes NameFinderME decodes).
 */
class DefaultNameContextsTest {
  @Test
  void theDefaultModelUsesTheDefaultDescriptor() {
    assertThat((byte[]) PersonNameModel.load(Optional.empty()).model()
        .getArtifact("generator.featuregen")).isEqualTo(DefaultNameContexts.DESCRIPTOR);
  }

  @Test
  void givesTheGeneratorsFeaturesInItsOrder() throws IOException {
    TokenNameFinderModel model = PersonNameModel.load(Optional.empty()).model();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>)
        ((AbstractModel) model.getArtifact("nameFinder.model")).getDataStructures()[1];
    NameFinderME decoder = new NameFinderME(model);
    AdaptiveFeatureGenerator generator = model.getFactory().createFeatureGenerators();
    NameContexts expected = new GeneratedContexts(generator, predicates, 3);
    NameContexts actual = new DefaultNameContexts(predicates,
        new String[] {"other", "person-start", "person-cont"});
    int tokens = 0;
    for (List<List<String[]>> documents : List.of(BeamNameFinderTest.annotatedDocuments(),
        BeamNameFinderTest.articleDocuments())) {
      for (List<String[]> document : documents) {
        for (String[] sentence : document) {
          for (int i = 0; i < sentence.length; i++) {
            assertThat(actual.at(sentence, i, new String[0])).as("%s at %d",
                String.join(" ", sentence), i).isDeepEqualTo(expected.at(sentence, i, null));
            tokens++;
          }
          String[] outcomes = new BioCodec().encode(decoder.find(sentence), sentence.length);
          expected.update(sentence, outcomes);
          actual.update(sentence, outcomes);
        }
        decoder.clearAdaptiveData();
        expected.clear();
        actual.clear();
      }
    }
    assertThat(tokens).isGreaterThan(10_000);
  }
}
