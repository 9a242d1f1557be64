package org.canbo.solr;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.common.util.IOUtils;
import org.apache.solr.common.util.NamedList;

/**
 * SolrJ's load-balancing client over {@link HttpJdkSolrClient}s, one per replica or node URL
 * (SolrJ 9 ships this only for its Jetty client). Retries and dead-server tracking are SolrJ's.
 */
final class JdkLbSolrClient extends LBSolrClient {
  private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();

  JdkLbSolrClient() {
    super(List.of());
  }

  /** A client for {@code url}, made once: each holds a JDK HttpClient with its own connections. */
  HttpJdkSolrClient client(String url) {
    return clients.computeIfAbsent(url, JdkLbSolrClient::newClient);
  }

  /** A new client for {@code url}; plain HTTP/1.1, which every Solr node speaks. */
  static HttpJdkSolrClient newClient(String url) {
    return new HttpJdkSolrClient.Builder(url)
        .useHttp1_1(true)
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .withRequestTimeout(10, TimeUnit.MINUTES)
        .build();
  }

  @Override
  protected SolrClient getClient(String baseUrl) {
    return client(baseUrl);
  }

  @Override
  protected SolrClient getClient(Endpoint endpoint) {
    return client(endpoint.getUrl());
  }

  /** Each client already points at its URL (the base class special-cases only its Jetty client). */
  @Override
  protected NamedList<Object> doRequest(String baseUrl, SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    return client(baseUrl).request(request, collection);
  }

  @Override
  public void close() {
    super.close();
    clients.values().forEach(IOUtils::closeQuietly);
    clients.clear();
  }
}
