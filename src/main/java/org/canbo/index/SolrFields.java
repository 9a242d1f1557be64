package org.canbo.index;

/**
 * Where the collection's schema differs from the embedded index's field names: the facet
 * dimensions, which Lucene keeps in one drill-down field and Solr as one docValues string field
 * each. Every other field has the embedded index's name.
 */
final class SolrFields {
  private SolrFields() {}

  /** The Solr field of facet dimension {@code dim} (see {@link Facets#DIMENSIONS}). */
  static String facet(String dim) {
    return "facet_" + dim;
  }
}
