package org.canbo.cli;

import picocli.CommandLine.Command;

/** {@code canbo reviews}: back up, move, list and turn into gold the reviews of an index. */
@Command(
    name = "reviews",
    mixinStandardHelpOptions = true,
    description = {
      "The reviews kept in the index directory (INDEX/reviews.jsonl): import, export, stale, gold.",
      "One review per JSONL line: {\"doc\": ID, \"type\": \"figure\"|\"official\"|\"document_ref\", "
          + "\"start\": N, \"end\": N, \"action\": \"confirm\"|\"correct\"|\"reject\"|\"add\", "
          + "\"fields\": {...}, \"reviewer\": \"...\", \"note\": \"...\"}."
    },
    subcommands = {
      ReviewsImportCommand.class,
      ReviewsExportCommand.class,
      ReviewsStaleCommand.class,
      ReviewsGoldCommand.class
    })
final class ReviewsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The reviewer recorded when a review names none: the local user. */
  static String localUser() {
    String user = System.getProperty("user.name");
    return user == null || user.isBlank() ? "unknown" : user;
  }
}
