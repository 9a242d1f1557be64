package org.canbo.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.canbo.index.CorpusSearcher;
import org.canbo.index.SearchBackend;
import org.canbo.model.UserInputException;
import org.canbo.review.ReviewStore;
import org.canbo.nlp.segment.VietnameseSegmenter;
import picocli.CommandLine.Option;

/**
 * {@code --solr ZK_OR_URL --collection NAME}: read a SolrCloud collection instead of the embedded
 * index. Shared by search, kwic, trend, export and serve; without {@code --solr} they read
 * {@code --index DIR} as always.
 */
final class BackendOptions {
  @Option(names = "--solr", paramLabel = "ZK_OR_URL",
      description = "Search a SolrCloud collection instead of --index: ZooKeeper host:port[,...]"
          + "[/chroot] or a Solr base URL (http://host:8983/solr). Needs --collection.")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "The SolrCloud collection to search (with --solr).")
  String collection;

  /** True when the commands read Solr rather than the embedded index. */
  boolean solr() {
    check();
    return solr != null;
  }

  /**
   * The backend the options name: the collection with {@code --solr}, else the embedded index at
   * {@code index}. UserInputException for an incomplete pair of options.
   */
  SearchBackend open(Path index) throws IOException {
    return open(index, new ReviewStore(index));
  }

  /**
   * As {@link #open(Path)}, the embedded index counting the reviews of {@code reviews} (shared
   * with whoever writes them, so a review counts from the next search).
   */
  SearchBackend open(Path index, ReviewStore reviews) throws IOException {
    if (!solr()) {
      return new CorpusSearcher(index, VietnameseSegmenter.shared(), reviews);
    }
    return SolrBackends.open(solr, collection, VietnameseSegmenter.shared());
  }

  /** Where results come from, for messages: the index directory or the collection. */
  String describe(Path index) {
    return solr == null ? index.toString() : "collection " + collection + " at " + solr;
  }

  private void check() {
    if (solr != null && (collection == null || collection.isBlank())) {
      throw new UserInputException("--solr needs --collection NAME");
    }
    if (solr == null && collection != null) {
      throw new UserInputException("--collection needs --solr ZK_OR_URL");
    }
    if (solr != null && solr.isBlank()) {
      throw new UserInputException("--solr is empty: give ZooKeeper host:port or a Solr URL");
    }
  }
}
