package org.canbo.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.canbo.index.SearchBackend;
import org.canbo.review.ReviewStore;
import org.canbo.server.CanboServer;
import org.canbo.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.canbo.model.UserInputException;

/** {@code canbo serve}: the JSON API and the research page on a local port until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the search page and JSON API (/api/search, /api/articles/ID, /api/figures, "
          + "/api/kwic, /api/kwic.csv, /api/trend, /api/freq, /api/freq.csv, /api/collocates, "
          + "/api/collocates.csv, /api/export.csv, /api/health) until Ctrl-C. Ingests into "
          + "the same index while it runs, or an index deleted and rebuilt, are visible on the "
          + "next request (503 while it is missing).",
      "Searches run --threads at a time; up to 64 more wait (15 s at most), beyond that 503. "
          + "Health, page files and articles have their own threads. Request headers must "
          + "arrive within 10 s; idle connections close after 30 s.",
      "Listens on loopback only unless --bind says otherwise; requests must be addressed to "
          + "localhost, 127.0.0.1, [::1], the bound address or an --allow-host name.",
      "Exit status: 0 stopped, 1 no index or the port is taken."
    })
final class ServeCommand extends CanboSubcommand {
  @Mixin IndexOption index;
  @Mixin BackendOptions backend;

  @Option(names = "--port", paramLabel = "N", description = "Port (0 = any free one). Default: ${DEFAULT-VALUE}.")
  int port = 8080;

  @Option(names = "--bind", paramLabel = "ADDR",
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  String bind = ServerConfig.LOOPBACK;

  @Option(names = "--threads", paramLabel = "N",
      description = "Searches running at once (more wait in a queue). Default: ${DEFAULT-VALUE}, "
          + "one per processor.")
  int threads = ServerConfig.defaultThreads();

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "Another host name requests may be addressed to (e.g. this machine's name "
          + "when binding to 0.0.0.0). Repeatable.")
  List<String> allowedHosts = List.of();

  @Option(names = "--reviewer", paramLabel = "NAME",
      description = "Name recorded with reviews made in the page. Default: the local user name.")
  String reviewer = ReviewsCommand.localUser();

  @Override
  public Integer call() throws Exception {
    ServerConfig config;
    try {
      config = new ServerConfig(bind, port, threads, allowedHosts);
    } catch (UserInputException e) {
      err().println("canbo serve: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    SearchBackend searcher;
    ReviewStore reviews = new ReviewStore(index.index); // one store: search sees each review at once
    try {
      searcher = backend.open(index.index, reviews);
    } catch (UserInputException e) {
      err().println("canbo serve: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    CanboServer server;
    try {
      server = CanboServer.start(searcher, config, reviews, reviewer);
    } catch (java.io.IOException e) {
      searcher.close();
      err().println("canbo serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
      return ExitCodes.FATAL;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        searcher.close();
      } catch (java.io.IOException e) {
        // The process is ending; a failed close of a read-only index loses nothing.
      }
      stopped.countDown();
    }, "canbo-serve-shutdown"));
    out().printf("canbo: serving %d documents from %s at %s (Ctrl-C stops)%n",
        searcher.count(), backend.describe(index.index), server.url());
    out().flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
