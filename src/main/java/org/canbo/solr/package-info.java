/**
 * SolrCloud as a place for canbo's documents: a CloudSolrClient over the JDK's HTTP client (the
 * server's Jetty 12 and SolrJ's Jetty 10 client cannot share a classpath), the configset upload and
 * collection creation of {@code canbo solr init}, and {@link org.canbo.solr.SolrSink}, the
 * {@code DocumentSink} of {@code canbo ingest --solr}. The field mapping is
 * {@link org.canbo.index.SolrSchema}.
 */
package org.canbo.solr;
