package org.canbo.cli;

import org.canbo.index.SearchBackend;
import org.canbo.nlp.segment.VietnameseSegmenter;

/** Opens the SolrCloud {@link SearchBackend} for {@code --solr}. */
final class SolrBackends {
  private SolrBackends() {}

  static SearchBackend open(String solr, String collection, VietnameseSegmenter segmenter) {
    throw new IllegalArgumentException("--solr: this build has no Solr search backend yet");
  }
}
