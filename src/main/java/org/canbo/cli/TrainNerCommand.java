package org.canbo.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.canbo.extract.official.GoldArticles;
import org.canbo.extract.official.NerDataWriter;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.NameFinderTrainer;
import org.canbo.nlp.ner.PostVocabulary;
import org.canbo.nlp.ner.WordTokenizer;
import org.canbo.nlp.segment.VietnameseSegmenter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.canbo.model.UserInputException;

/**
 * {@code canbo train-ner}: trains the statistical person-name finder from annotations in OpenNLP's
 * format ({@code --data}) or from gold directories and their article texts ({@code --gold}), for
 * use with {@code --ner-model MODEL}; {@code --write-data} keeps the data made from the gold.
 */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains an OpenNLP person-name model from annotated word tokens, one sentence per line:",
      "  Đồng_chí <START:person> Hồ_Văn_Vịnh <END> , Bí_thư Thị_ủy Quảng_Yên",
      "(blank line between articles), or from gold annotations (DIR/<id>.gold.jsonl, the format of "
          + "SCHEMA.md) whose officials' names it marks in the articles <id>.txt. "
          + "See src/main/ner-data/README.md."
    })
public final class TrainNerCommand extends CanboSubcommand {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Either OpenNLP-format data or gold directories. */
  static final class Source {
    @Option(names = "--data", required = true, paramLabel = "FILE",
        description = "Training data in OpenNLP name-finder format (UTF-8).")
    Path data;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
        description = "Gold directory; repeat it for several. Texts are looked up in --texts, "
            + "then in DIR/../texts and DIR.")
    List<Path> gold;
  }

  @Option(names = "--texts", paramLabel = "DIR", description = "Directory of the articles <id>.txt "
      + "of the gold files; repeat it for several.")
  List<Path> texts = List.of();

  @Option(names = "--exclude", paramLabel = "FILE",
      description = "Leave out the gold ids listed in FILE (e.g. a blind set).")
  Path exclude;

  @Option(names = "--write-data", paramLabel = "FILE",
      description = "Also write the data made from --gold to FILE (OpenNLP format).")
  Path writeData;

  @Option(names = "--out", paramLabel = "MODEL", description = "Model file to write.")
  Path out;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
      description = "Maxent training iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--cutoff", paramLabel = "N", defaultValue = "1",
      description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Override
  public Integer call() throws Exception {
    requireInputs(source.data, exclude);
    requireInputs(source.gold == null ? List.of() : source.gold);
    requireInputs(texts);
    if (out == null && (source.data != null || writeData == null)) {
      err().println("train-ner: give --out MODEL (or --gold with --write-data only)");
      return ExitCodes.FATAL;
    }
    Path data = source.data;
    if (data != null && !Files.isRegularFile(data)) {
      err().println("train-ner: no training data at " + data);
      return ExitCodes.FATAL;
    }
    long t0 = System.nanoTime();
    Path temporary = null;
    try {
      if (data == null) {
        data = writeData != null ? writeData : (temporary = Files.createTempFile("canbo-ner", ".train"));
        if (!writeFromGold(data)) {
          return ExitCodes.FATAL;
        }
      }
      if (out != null) {
        new NameFinderTrainer(iterations, cutoff).train(data, out);
        out().printf("train-ner: wrote %s (%d bytes) in %d ms%n", out, Files.size(out),
            (System.nanoTime() - t0) / 1_000_000);
      }
      return ExitCodes.OK;
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** Writes the data of the gold articles to {@code file}; false (reported) when there are none. */
  private boolean writeFromGold(Path file) throws Exception {
    List<GoldArticles.Article> articles;
    try {
      articles = GoldArticles.read(source.gold, texts, IdList.select(null, exclude));
    } catch (UserInputException e) {
      err().println("train-ner: " + e.getMessage());
      return false;
    }
    if (articles.isEmpty()) {
      err().println("train-ner: no gold files in " + source.gold);
      return false;
    }
    Gazetteer gazetteer = Gazetteer.load();
    NerDataWriter writer = new NerDataWriter(
        new WordTokenizer(VietnameseSegmenter.shared(), gazetteer,
            PostVocabulary.load(gazetteer.vocabulary())), gazetteer);
    int names;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      names = writer.write(articles, w);
    }
    out().printf("train-ner: %d articles, %d names marked%s%n", articles.size(), names,
        writeData == null ? "" : ", data written to " + writeData);
    return true;
  }
}
