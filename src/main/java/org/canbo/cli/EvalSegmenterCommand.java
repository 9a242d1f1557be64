package org.canbo.cli;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.canbo.nlp.segment.ConlluEvaluator;
import org.canbo.nlp.segment.SegmentationScore;
import org.canbo.nlp.segment.VietnameseSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code canbo eval-segmenter FILE.conllu}: word precision, recall, F1 and syllables/s. */
@Command(
    name = "eval-segmenter",
    mixinStandardHelpOptions = true,
    description = "Scores the word segmenter against the gold words of a CoNLL-U file.")
public final class EvalSegmenterCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE.conllu", description = "Gold CoNLL-U file.")
  Path file;

  @Option(names = "--show-errors", paramLabel = "N", description = "Print N sentences with errors.")
  int showErrors;

  @Override
  public Integer call() throws Exception {
    CanboSubcommand.requireInputs(file);
    long t0 = System.nanoTime();
    VietnameseSegmenter segmenter = VietnameseSegmenter.shared();
    long loadMillis = (System.nanoTime() - t0) / 1_000_000;
    List<String> errors = showErrors > 0 ? new ArrayList<>() : null;
    SegmentationScore score;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      score = new ConlluEvaluator(segmenter).evaluate(in, errors);
    }
    System.out.printf(Locale.ROOT,
        "sentences=%d syllables=%d gold=%d predicted=%d correct=%d%n"
            + "precision=%.4f recall=%.4f f1=%.4f%nsyllables/s=%.0f load_ms=%d%n",
        score.sentences(), score.syllables(), score.gold(), score.predicted(), score.correct(),
        score.precision(), score.recall(), score.f1(), score.syllablesPerSecond(), loadMillis);
    if (errors != null) {
      errors.stream().limit(showErrors).forEach(System.out::println);
    }
    return score.sentences() == 0 ? ExitCodes.FATAL : ExitCodes.OK;
  }
}
