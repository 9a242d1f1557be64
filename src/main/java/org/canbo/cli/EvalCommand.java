package org.canbo.cli;

import org.canbo.text.Printable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.canbo.config.Models;
import java.util.function.Function;
import org.canbo.extract.document.DocumentRefScorer;
import org.canbo.extract.eval.ConfidenceBands;
import org.canbo.extract.eval.FigureScorer;
import org.canbo.extract.eval.GoldFiles;
import org.canbo.extract.eval.OfficialGoldReader;
import org.canbo.extract.eval.OfficialScorer;
import org.canbo.extract.eval.GoldReader;
import org.canbo.extract.eval.ScoreReport;
import org.canbo.model.Annotations;
import org.canbo.model.Document;
import org.canbo.model.DocumentRef;
import org.canbo.model.Figure;
import org.canbo.model.Official;
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
      "Extract from the files and score against gold annotations (DIR/<id>.gold.jsonl, the "
          + "format of SCHEMA.md): figures (a match needs equal value, kind, denominator and "
          + "category; gold 'other' figures are optional) with attribute accuracy on matches, "
          + "officials (name match, title recall) and cited documents (doc_type + number); "
          + "then every figure miss and false alarm.",
      "Files without a gold file are skipped. Exit status: 0 scored, 1 nothing to score."
    })
final class EvalCommand extends CanboSubcommand {
  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "Gold directory; repeat it for several.")
  List<Path> gold;

  @Option(names = "--only", paramLabel = "FILE",
      description = "Score only the document ids listed in FILE (one per line, # comments).")
  Path only;

  @Option(names = "--exclude", paramLabel = "FILE",
      description = "Leave out the document ids listed in FILE (e.g. a blind set).")
  Path exclude;

  @Option(names = "--folds", paramLabel = "K",
      description = "Also score the trained figure model by document-level K-fold "
          + "cross-validation on these articles (each article decided by a model trained on the "
          + "other folds), beside the rules alone.")
  int folds;

  @Option(names = "--l2", paramLabel = "COST", hidden = true,
      description = "L2 cost of the model trained in cross-validation.")
  double l2 = org.canbo.extract.figure.FigureTrainer.L2_COST;

  @Mixin IngestOptions limits;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    requireInputs(paths);
    requireInputs(gold);
    requireInputs(only, exclude);
    Map<String, List<Figure>> goldFigures = new TreeMap<>();
    Map<String, List<Official>> goldOfficials = new TreeMap<>();
    Map<String, List<DocumentRef>> goldReferences = new TreeMap<>();
    for (Path dir : gold) {
      goldFigures.putAll(new GoldReader().readDir(dir));
      goldOfficials.putAll(new OfficialGoldReader().readDir(dir));
      goldReferences.putAll(new DocumentRefScorer().readGoldDir(dir));
    }
    java.util.function.Predicate<String> selection = IdList.select(only, exclude);
    DocumentCollector predicted = new DocumentCollector();
    predicted.keepTexts(folds > 0);
    Models models = limits.models();
    IngestSummary summary = IngestJob.run(
        paths, predicted, limits.limits(), limits.policy(), models, errStream());
    Map<String, Annotations> scored = new TreeMap<>();
    predicted.annotations().forEach((id, annotations) -> {
      String key = goldKey(id);
      if (!selection.test(key)) {
        return;
      }
      if (goldFigures.containsKey(key)) {
        scored.put(key, annotations);
      } else {
        err().println(Printable.escape(
            id + ": no gold file " + key + GoldFiles.SUFFIX + " in " + gold + ", skipped"));
      }
    });
    if (scored.isEmpty()) {
      err().println(Printable.escape("canbo eval: no file has gold annotations in " + gold));
      return ExitCodes.FATAL;
    }
    ScoreReport figures = new FigureScorer().score(
        restrict(goldFigures, scored), map(scored, Annotations::figures));
    out().printf("documents scored: %d of %d read%n", scored.size(), summary.ingested());
    out().print(figures.summary());
    out().println("  " + ConfidenceBands.of(figures).summary());
    out().print(new OfficialScorer().score(
        restrict(goldOfficials, scored), map(scored, Annotations::officials)).summary());
    out().print(new DocumentRefScorer().score(
        restrict(goldReferences, scored), map(scored, Annotations::documents)).summary());
    if (folds > 0) {
      crossValidate(models, predicted.texts(), restrict(goldFigures, scored));
    }
    printFigures("figure misses", figures.misses());
    printFigures("figure false alarms", figures.falseAlarms());
    return ExitCodes.OK;
  }

  /** Scores rules alone and the model trained in K-fold cross-validation on the same articles. */
  private void crossValidate(Models models, Map<String, Document> texts,
      Map<String, List<Figure>> gold) {
    org.canbo.extract.figure.FigureExtractor x = models.figures();
    Map<String, org.canbo.extract.figure.FigureExtractor.Analysis> analyses = new TreeMap<>();
    texts.forEach((id, d) -> {
      String key = goldKey(id);
      if (gold.containsKey(key)) {
        analyses.put(key, x.analyse(key, d.text(), d.metadata()));
      }
    });
    Map<String, List<Figure>> rules = new TreeMap<>();
    analyses.forEach((id, a) -> rules.put(id, x.figures(a, x.rules())));
    out().printf("%nrules alone: %s", new FigureScorer().score(gold, rules).summary());
    ScoreReport cv = new FigureScorer().score(gold,
        org.canbo.extract.figure.FigureCrossValidation.predict(x, analyses, gold, folds, l2));
    out().printf("model, %d-fold cross-validation: %s", folds, cv.summary());
    out().print(ConfidenceBands.of(cv).table());
    ScoreReport h = new FigureScorer().score(gold,
        org.canbo.extract.figure.FigureCrossValidation.predict(x, analyses, gold, folds, l2,
            org.canbo.extract.figure.HybridDecider::new));
    out().printf("rules with the model's confidence (shipped), %d-fold: %s", folds, h.summary());
    out().print(ConfidenceBands.of(h).table());
  }

  /** Gold of the scored documents only (a document without a line of a type has none of it). */
  private static <T> Map<String, List<T>> restrict(
      Map<String, List<T>> gold, Map<String, Annotations> scored) {
    Map<String, List<T>> out = new TreeMap<>();
    scored.keySet().forEach(doc -> out.put(doc, gold.getOrDefault(doc, List.of())));
    return out;
  }

  private static <T> Map<String, List<T>> map(
      Map<String, Annotations> scored, Function<Annotations, List<T>> part) {
    Map<String, List<T>> out = new TreeMap<>();
    scored.forEach((doc, annotations) -> out.put(doc, part.apply(annotations)));
    return out;
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

}
