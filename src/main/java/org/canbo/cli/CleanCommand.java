package org.canbo.cli;

import org.canbo.text.Printable;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.canbo.ingest.IngestLimits;
import org.canbo.ingest.ParseOutcome;
import org.canbo.ingest.ParsedText;
import org.canbo.ingest.TikaDocumentParser;
import org.canbo.text.TextCleaner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code canbo clean FILE}: the clean text the ingest would index, flags on stderr. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = "Prints the clean text the ingest would index for one file (HTML: the main "
        + "content, tables as rows); quality flags go to stderr as 'FILE: flagged: FLAG'.")
public final class CleanCommand extends CanboSubcommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "An HTML page (or any file ingest reads).")
  Path file;

  @Override
  public Integer call() throws NoSuchFileException {
    requireInputs(file);
    if (!Files.isRegularFile(file)) {
      err().println(Printable.escape(file.toString()) + ": not a regular file");
      return ExitCodes.FATAL;
    }
    IngestLimits limits = IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS);
    ParseOutcome outcome = new TikaDocumentParser(limits).parse(file);
    if (outcome instanceof ParseOutcome.Failure failure) {
      err().println(Printable.escape(file + ": " + failure.message()));
      return ExitCodes.FATAL;
    }
    ParsedText parsed = ((ParseOutcome.Success) outcome).parsed();
    String text = new TextCleaner().clean(parsed.text()).text();
    if (text.isBlank()) {
      err().println(Printable.escape(file.toString())
          + ": no text could be extracted (only boilerplate or whitespace)");
      return ExitCodes.FATAL;
    }
    parsed.flags().forEach(flag -> err().println(Printable.escape(file + ": flagged: " + flag)));
    if (parsed.truncated()) {
      err().println(Printable.escape(file.toString()) + ": truncated at " + limits.maxChars()
          + " characters");
    }
    out().println(text);
    out().flush();
    err().flush();
    return ExitCodes.OK;
  }
}
