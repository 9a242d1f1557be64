package org.canbo.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.canbo.index.IndexSchema;
import org.canbo.index.SolrSchema;
import org.canbo.model.Document;
import org.canbo.pipeline.DocumentSink;
import org.canbo.model.UserInputException;

/**
 * A SolrCloud collection as a {@link DocumentSink}: documents are sent in batches through a
 * {@link CloudSolrClient} (each to its shard leader), replacing the one with the same id; a file
 * whose id and content hash (and pipeline version) are already stored is unchanged, as in the
 * embedded index. {@link #commit()} sends the rest and makes everything visible.
 *
 * <p>Unlike the embedded index, documents sent are not rolled back when a batch stops early: Solr
 * has no transaction across requests. A document Solr refuses (HTTP 4xx) is reported on its own,
 * as "path: refused by Solr: reason", and the batch goes on.
 */
public final class SolrSink implements DocumentSink {
  private final CloudSolrClient client;
  private final String collection;
  private final SolrSchema schema;
  private final int batchSize;
  private final Consumer<String> problems;
  private final Object lock = new Object();
  private List<Pending> pending = new ArrayList<>();
  private int refused;

  /** One document waiting to be sent, with the path its refusal is reported under. */
  private record Pending(String label, SolrInputDocument doc) {}

  public SolrSink(CloudSolrClient client, String collection, SolrSchema schema, int batchSize,
      Consumer<String> problems) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    this.client = client;
    this.collection = collection;
    this.schema = schema;
    this.batchSize = batchSize;
    this.problems = problems;
  }

  /** Connects to {@code target}; a missing collection is one clear message, before any file. */
  public static SolrSink open(SolrTarget target, String collection, SolrSchema schema,
      int batchSize, Consumer<String> problems) throws Exception {
    CloudSolrClient client = target.connect();
    try {
      if (!CollectionAdminRequest.listCollections(client).contains(collection)) {
        throw new UserInputException("no collection '" + collection + "' on " + target
            + ": create it with 'canbo solr init'");
      }
      return new SolrSink(client, collection, schema, batchSize, problems);
    } catch (Exception e) {
      client.close();
      throw e;
    }
  }

  @Override
  public boolean isUnchanged(String id, String sha256) throws IOException {
    if (id == null || sha256 == null) {
      return false;
    }
    SolrDocument stored = get(id, IndexSchema.SHA256 + "," + IndexSchema.PIPELINE_VERSION);
    return stored != null && sha256.equals(stored.getFirstValue(IndexSchema.SHA256))
        && schema.pipelineVersion().equals(stored.getFirstValue(IndexSchema.PIPELINE_VERSION));
  }

  @Override
  public boolean contains(String id) throws IOException {
    return get(id, IndexSchema.ID) != null;
  }

  @Override
  public Optional<String> idWithContent(String sha256) throws IOException {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery("{!term f=" + IndexSchema.SHA256 + "}" + sha256);
    q.setFields(IndexSchema.ID);
    q.setSort(IndexSchema.ID, SolrQuery.ORDER.asc);
    q.setRows(1);
    SolrDocumentList hits = query(q).getResults();
    return hits.isEmpty() ? Optional.empty()
        : Optional.of(hits.get(0).getFirstValue(IndexSchema.ID).toString());
  }

  /** Real-time get: sees documents sent but not yet committed, on whichever shard holds them. */
  private SolrDocument get(String id, String fields) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("id", id);
    params.set("fl", fields);
    QueryRequest request = new QueryRequest(params);
    request.setPath("/get");
    try {
      return (SolrDocument) request.process(client, collection).getResponse().get("doc");
    } catch (SolrServerException | SolrException e) {
      throw failure("reading", e);
    }
  }

  private QueryResponse query(SolrQuery q) throws IOException {
    try {
      return client.query(collection, q);
    } catch (SolrServerException | SolrException e) {
      throw failure("reading", e);
    }
  }

  @Override
  public void accept(Document document) throws IOException {
    String label = document.source() == null ? document.id() : document.source().path();
    Pending p = new Pending(label, schema.toSolr(document));
    List<Pending> full = null;
    synchronized (lock) {
      pending.add(p);
      if (pending.size() >= batchSize) {
        full = pending;
        pending = new ArrayList<>();
      }
    }
    if (full != null) {
      send(full);
    }
  }

  @Override
  public void commit() throws IOException {
    List<Pending> rest;
    synchronized (lock) {
      rest = pending;
      pending = new ArrayList<>();
    }
    send(rest);
    try {
      client.commit(collection, true, true);
    } catch (SolrServerException | SolrException e) {
      throw failure("committing", e);
    }
  }

  /** Documents Solr refused so far. */
  public int refused() {
    synchronized (lock) {
      return refused;
    }
  }

  /** Sends a batch; when Solr refuses it (4xx), sends its documents one by one to find which. */
  private void send(List<Pending> batch) throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    try {
      client.add(collection, batch.stream().map(Pending::doc).toList());
    } catch (SolrException e) {
      if (batch.size() == 1 || !isRefusal(e)) {
        if (isRefusal(e)) {
          refuse(batch.get(0), e);
          return;
        }
        throw failure("writing", e);
      }
      for (Pending p : batch) {
        send(List.of(p));
      }
    } catch (SolrServerException e) {
      throw failure("writing", e);
    }
  }

  private void refuse(Pending p, SolrException e) {
    synchronized (lock) {
      refused++;
    }
    problems.accept(p.label() + ": refused by Solr: " + firstLine(e.getMessage()));
  }

  private static boolean isRefusal(SolrException e) {
    return e.code() >= 400 && e.code() < 500;
  }

  private IOException failure(String what, Exception e) {
    return new IOException(
        "Solr collection " + collection + ": " + what + " failed: " + firstLine(e.getMessage()), e);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no message";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Override
  public String description() {
    return "Solr collection " + collection;
  }

  /** Closes the client; documents accepted after the last commit are not sent. */
  @Override
  public void close() throws IOException {
    client.close();
  }
}
