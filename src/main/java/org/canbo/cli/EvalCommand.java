package org.canbo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.canbo.config.Models;
import org.canbo.extract.eval.FigureScorer;
import org.canbo.extract.eval.GoldReader;
import org.canbo.extract.eval.ScoreReport;
import org.canbo.model.Document;
import org.canbo.model.Figure;
import org.canbo.pipeline.DocumentSink;
import org.canbo.pipeline.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code canbo eval}: scores figure extraction against gold annotations, as the checks do. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Extract figures from the files and score them against gold annotations "
          + "(DIR/<id>.gold.jsonl, the format of SCHEMA.md): precision, recall and F1 (a match "
          + "needs equal value, kind, denominator and category; gold 'other' figures are "
          + "optional), attribute accuracy on matches, and every miss and false alarm.",
      "Files without a gold file are skipped. Exit status: 0 scored, 1 nothing to score."
    })
final class EvalCommand extends CanboSubcommand {
  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold directory.")
  Path gold;

  @Mixin IngestOptions limits;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    Map<String, List<Figure>> goldFigures = new GoldReader().readDir(gold);
    FigureCollector predicted = new FigureCollector();
    Models models = limits.models();
    IngestSummary summary = IngestJob.run(paths, predicted, limits.limits(), models, errStream());
    Map<String, List<Figure>> scoredGold = new TreeMap<>();
    Map<String, List<Figure>> scoredPredicted = new TreeMap<>();
    predicted.byDocument.forEach((id, figures) -> {
      String key = goldKey(id);
      if (goldFigures.containsKey(key)) {
        scoredGold.put(key, goldFigures.get(key));
        scoredPredicted.put(key, figures);
      } else {
        err().println(id + ": no gold file " + key + ".gold.jsonl in " + gold + ", skipped");
      }
    });
    if (scoredGold.isEmpty()) {
      err().println("canbo eval: no file has gold annotations in " + gold);
      return ExitCodes.FATAL;
    }
    ScoreReport report = new FigureScorer().score(scoredGold, scoredPredicted);
    out().printf("documents scored: %d of %d read%n", scoredGold.size(), summary.ingested());
    out().print(report.summary());
    printFigures("misses", report.misses());
    printFigures("false alarms", report.falseAlarms());
    return ExitCodes.OK;
  }

  /** Gold files are named by file name; ids may carry sub-directories. */
  private static String goldKey(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }

  private void printFigures(String heading, List<Figure> figures) {
    out().printf("%n%s (%d):%n", heading, figures.size());
    for (Figure f : figures) {
      out().printf("  %-22s %-16s %s%s %s \"%s\"%n", f.doc(), f.category(), f.value().toPlainString(),
          f.denominator() == null ? "" : "/" + f.denominator().toPlainString(), f.kind(), f.text());
    }
  }

  /** Keeps only each document's figures; texts are dropped as soon as they are read. */
  private static final class FigureCollector implements DocumentSink {
    final Map<String, List<Figure>> byDocument = new ConcurrentSkipListMap<>();

    @Override
    public boolean isUnchanged(String id, String sha256) {
      return false;
    }

    @Override
    public void accept(Document document) {
      byDocument.put(document.id(), document.annotations().figures());
    }

    @Override
    public void commit() {}

    @Override
    public void close() throws IOException {}
  }
}
