package org.canbo.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.canbo.review.Review;
import org.canbo.review.ReviewCodec;
import org.canbo.review.ReviewJournal;
import org.canbo.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code canbo reviews export}: every review of the journal as JSONL, for backup or moving. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write every review of the index's journal (every edit, in order, with time and anchor) as "
          + "JSONL, which 'reviews import' reads back on any machine.",
      "Exit status: 0 written (problems of the journal, like a torn last line, on stderr), "
          + "1 no index."
    })
final class ReviewsExportCommand extends CanboSubcommand {
  @Mixin IndexOption index;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(index.index)) {
      err().println(Printable.escape("canbo reviews export: no index at " + index.index));
      return ExitCodes.FATAL;
    }
    ReviewJournal.Contents contents = new ReviewJournal(index.index).read();
    contents.problems().forEach(p -> err().println(Printable.escape(p)));
    try (AtomicOutput output = AtomicOutput.open(out, stdout())) {
      OutputStream stream = output.stream();
      for (Review r : contents.reviews()) {
        stream.write((ReviewCodec.line(r) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      stream.flush();
      output.complete();
    }
    if (out != null) {
      err().println(Printable.escape(contents.reviews().size() + " reviews written to " + out));
    }
    return ExitCodes.OK;
  }
}
