package org.canbo.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * One SolrCloud collection as canbo reads it: queries, the terms of a field, stored documents
 * streamed in id order (cursorMark) and turned back into model documents. Failures of the
 * cluster are IOExceptions naming the collection; a query Solr refuses is an
 * IllegalArgumentException with Solr's message.
 */
final class SolrCollection implements Closeable {
  /** Documents fetched per round trip when streaming. */
  static final int BATCH = 200;
  private final SolrClient client;
  private final String name;

  SolrCollection(SolrClient client, String name) {
    this.client = client;
    this.name = name;
  }

  String name() {
    return name;
  }

  QueryResponse query(ModifiableSolrParams params) throws IOException {
    try {
      return new QueryRequest(params, org.apache.solr.client.solrj.SolrRequest.METHOD.POST)
          .process(client, name);
    } catch (SolrException e) {
      if (e.code() == 400) {
        throw new IllegalArgumentException("Solr refused the query: " + e.getMessage(), e);
      }
      throw new IOException("collection " + name + ": " + e.getMessage(), e);
    } catch (SolrServerException e) {
      throw new IOException("collection " + name + " unreachable: " + e.getMessage(), e);
    }
  }

  /** Number of documents the query and its parameters match. */
  long count(String q, Map<String, String> params) throws IOException {
    ModifiableSolrParams p = params(q, params);
    p.set("rows", 0);
    return query(p).getResults().getNumFound();
  }

  /** The terms of {@code field} matching {@code regex} (java.util.regex), across all shards. */
  List<String> terms(String field, String regex, int limit) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("qt", "/terms");
    p.set("terms", true);
    p.set("distrib", true);
    p.set("shards.qt", "/terms");
    p.set("terms.fl", field);
    p.set("terms.regex", regex);
    p.set("terms.limit", limit);
    p.set("terms.sort", "index");
    TermsResponse terms = query(p).getTermsResponse();
    List<String> out = new ArrayList<>();
    if (terms != null && terms.getTerms(field) != null) {
      terms.getTerms(field).forEach(t -> out.add(t.getTerm()));
    }
    return out;
  }

  /** Hands every document the query matches, in id order, to {@code consumer}; returns the total. */
  long stream(String q, Map<String, String> params, int max, SearchBackend.DocumentConsumer consumer)
      throws IOException {
    ModifiableSolrParams p = params(q, params);
    p.set("sort", IndexSchema.ID + " asc");
    p.set("rows", BATCH);
    p.set("fl", "*");
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    long total = 0;
    int seen = 0;
    while (seen < max) {
      p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = query(p);
      total = r.getResults().getNumFound();
      for (SolrDocument d : r.getResults()) {
        if (seen++ >= max) {
          break;
        }
        consumer.accept(SolrSchema.toModel(d));
      }
      String next = r.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        break;
      }
      cursor = next;
    }
    return total;
  }

  /** The query {@code q} (local params referring to {@code params}) as request parameters. */
  static ModifiableSolrParams params(String q, Map<String, String> params) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", q);
    params.forEach(p::set);
    return p;
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
