package org.canbo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.canbo.nlp.ner.NameFinderTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code canbo train-ner --data FILE --out MODEL}: trains the statistical person-name finder from
 * annotations in OpenNLP's format, for use with {@code --ner-model MODEL}.
 */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains an OpenNLP person-name model from annotated word tokens, one sentence per line:",
      "  Đồng_chí <START:person> Hồ_Văn_Vịnh <END> , Bí_thư Thị_ủy Quảng_Yên",
      "(blank line between articles). Start from the shipped data, see src/main/ner-data/README.md."
    })
public final class TrainNerCommand extends CanboSubcommand {
  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "Training data in OpenNLP name-finder format (UTF-8).")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
  Path out;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
      description = "Maxent training iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--cutoff", paramLabel = "N", defaultValue = "1",
      description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data)) {
      err().println("train-ner: no training data at " + data);
      return ExitCodes.FATAL;
    }
    long t0 = System.nanoTime();
    new NameFinderTrainer(iterations, cutoff).train(data, out);
    out().printf("train-ner: wrote %s (%d bytes) in %d ms%n", out, Files.size(out),
        (System.nanoTime() - t0) / 1_000_000);
    return ExitCodes.OK;
  }
}
