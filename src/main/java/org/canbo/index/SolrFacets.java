package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Facet counts through Solr's JSON Facet API, shaped as the embedded {@link FacetCounter}'s: every
 * dimension of {@link Facets#DIMENSIONS}, its top values by count (ties by value), and the values
 * a typed facet filter names ("quang ninh" → "Quảng Ninh").
 */
final class SolrFacets {
  private final SolrCollection collection;

  SolrFacets(SolrCollection collection) {
    this.collection = collection;
  }

  /** The {@code json.facet} parameter asking for every dimension's top values. */
  static String request() {
    return request(FacetCounter.TOP_VALUES);
  }

  private static String request(int limit) {
    StringBuilder json = new StringBuilder("{");
    for (String dim : Facets.DIMENSIONS) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(dim).append("\":{\"type\":\"terms\",\"field\":\"")
          .append(SolrSchema.facetField(dim)).append("\",\"limit\":").append(limit)
          .append(",\"mincount\":1,\"sort\":\"count desc\"}");
    }
    return json.append('}').toString();
  }

  /** The counts of a response to a query carrying {@link #request()}. */
  static Map<String, Map<String, Long>> read(QueryResponse response) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    NestableJsonFacet facets = response.getJsonFacetingResponse();
    for (String dim : Facets.DIMENSIONS) {
      Map<String, Long> values = new LinkedHashMap<>();
      BucketBasedJsonFacet buckets = facets == null ? null : facets.getBucketBasedFacets(dim);
      if (buckets != null) {
        for (BucketJsonFacet b : buckets.getBuckets()) {
          values.put(String.valueOf(b.getVal()), b.getCount());
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  /** As {@link FacetCounter#labels}: the value itself when indexed, else those equal ignoring marks. */
  List<String> labels(String dim, String value) throws IOException {
    String field = SolrSchema.facetField(dim);
    if (collection.count("{!term f=" + field + " v=$v}", Map.of("v", value)) > 0) {
      return List.of(value);
    }
    ModifiableSolrParams p = SolrCollection.params("*:*", Map.of());
    p.set("rows", 0);
    p.set("json.facet", "{\"v\":{\"type\":\"terms\",\"field\":\"" + field + "\",\"limit\":-1}}");
    NestableJsonFacet all = collection.query(p).getJsonFacetingResponse();
    String key = AnnotationFields.nameKey(value);
    List<String> out = new ArrayList<>();
    if (all != null && all.getBucketBasedFacets("v") != null) {
      for (BucketJsonFacet b : all.getBucketBasedFacets("v").getBuckets()) {
        String label = String.valueOf(b.getVal());
        if (AnnotationFields.nameKey(label).equals(key)) {
          out.add(label);
        }
      }
    }
    return out;
  }
}
