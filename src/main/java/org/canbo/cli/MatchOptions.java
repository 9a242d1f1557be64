package org.canbo.cli;

import org.canbo.index.SearchRequest;
import picocli.CommandLine.Option;

/** The {@code --fold} switch of every command that takes a query: one meaning everywhere. */
final class MatchOptions {
  @Option(names = "--fold",
      description = "Match every word ignoring diacritics, also words typed with them (by default "
          + "a word typed with diacritics matches exactly those, tone-mark placement aside, and a "
          + "word typed without any matches every accented form).")
  boolean fold;

  SearchRequest.Builder apply(SearchRequest.Builder b) {
    return b.fold(fold);
  }
}
