package org.canbo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by every command that reads or writes the index. */
final class IndexOption {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory. Default: ${DEFAULT-VALUE}.")
  Path index = Path.of("index");
}
