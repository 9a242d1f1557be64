package org.canbo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.canbo.index.CorpusSearcher;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.review.ReviewStore;
import org.canbo.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.canbo.model.UserInputException;

/** {@code canbo reviews import FILE.jsonl}: adds reviews from a file to the index's journal. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Add the reviews of FILE (JSONL, one review per line) to the index's journal. Reviews "
          + "without an anchor must name an article of the index and fit its text; lines already "
          + "in the journal are skipped; bad lines are reported with their number.",
      "Exit status: 0 all lines imported or present, 2 some lines refused, 1 no index or file."
    })
final class ReviewsImportCommand extends CanboSubcommand {
  @Mixin IndexOption index;

  @Option(names = "--reviewer", paramLabel = "NAME",
      description = "Reviewer of lines that name none. Default: the local user name.")
  String reviewer = ReviewsCommand.localUser();

  @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "Reviews to import.")
  Path file;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      err().println(Printable.escape("canbo reviews import: " + file + ": no such file"));
      return ExitCodes.FATAL;
    }
    ReviewStore.ImportResult result;
    try (CorpusSearcher searcher = new CorpusSearcher(index.index, VietnameseSegmenter.shared())) {
      result = new ReviewStore(index.index).importFile(file, searcher::find, reviewer);
    } catch (UserInputException e) {
      err().println(Printable.escape("canbo reviews import: " + e.getMessage()));
      return ExitCodes.FATAL;
    }
    result.problems().forEach(p -> err().println(Printable.escape(p)));
    out().printf("%d reviews imported, %d already present, %d lines refused%n",
        result.imported(), result.duplicates(), result.problems().size());
    return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }
}
