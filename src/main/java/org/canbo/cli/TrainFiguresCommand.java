package org.canbo.cli;

import org.canbo.text.Printable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.canbo.config.Models;
import org.canbo.extract.eval.GoldReader;
import org.canbo.extract.figure.FigureExtractor;
import org.canbo.extract.figure.FigureModel;
import org.canbo.extract.figure.FigureTrainer;
import org.canbo.model.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code canbo train-figures --gold DIR... --out MODEL PATH...}: trains the figure model on
 * annotated articles (gold in the SCHEMA.md format), for use with {@code --figure-model MODEL}.
 */
@Command(
    name = "train-figures",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the figure model (a maximum-entropy classifier over the rules' evidence that gives "
          + "each figure its confidence and may overrule the rules where it is sure) on the "
          + "articles PATH... annotated in DIR/<id>.gold.jsonl. Use it with --figure-model MODEL.",
      "Articles without a gold file are skipped. Check a model first with 'canbo eval --folds K'."
    })
final class TrainFiguresCommand extends CanboSubcommand {
  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "Gold directory; repeat it for several.")
  List<Path> gold;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
  Path out;

  @Option(names = "--exclude", paramLabel = "FILE",
      description = "Leave out the document ids listed in FILE (e.g. a blind set).")
  Path exclude;

  @Option(names = "--l2", paramLabel = "COST",
      description = "L2 regularisation cost. Default: ${DEFAULT-VALUE}.")
  double l2 = FigureTrainer.L2_COST;

  @Mixin IngestOptions limits;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    requireInputs(paths);
    requireInputs(gold);
    requireInputs(exclude);
    Map<String, List<Figure>> goldFigures = new TreeMap<>();
    for (Path dir : gold) {
      if (!Files.isDirectory(dir)) {
        err().println(Printable.escape("canbo train-figures: no such directory: " + dir));
        return ExitCodes.FATAL;
      }
      goldFigures.putAll(new GoldReader().readDir(dir));
    }
    Predicate<String> selected = IdList.select(null, exclude);
    DocumentCollector documents = new DocumentCollector();
    documents.keepTexts(true);
    Models models = limits.models();
    IngestJob.run(paths, documents, limits.limits(), limits.policy(), models, errStream());
    FigureExtractor extractor = models.figures();
    FigureTrainer trainer = new FigureTrainer();
    documents.texts().forEach((id, d) -> {
      String key = id.substring(id.lastIndexOf('/') + 1);
      if (goldFigures.containsKey(key) && selected.test(key)) {
        trainer.add(extractor.analyse(key, d.text(), d.metadata()), goldFigures.get(key));
      }
    });
    if (trainer.size() == 0) {
      err().println(Printable.escape(
          "canbo train-figures: no article of PATH has a gold file in " + gold));
      return ExitCodes.FATAL;
    }
    FigureModel model = trainer.train(l2);
    model.write(out);
    out().printf("train-figures: %s; wrote %s (%d bytes)%n", model.description(), out,
        Files.size(out));
    return ExitCodes.OK;
  }
}
