package org.canbo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.canbo.model.Document;

/**
 * Runs one {@link SearchRequest} on Solr as {@link HitSearch} does on the embedded index: the
 * same parse, filters and retries (segmented words as phrases, then a typo per word), ranking or
 * date order and facets from Solr, snippets from the page's documents analysed as the embedded
 * index analyses them ({@link ScratchIndex}).
 */
final class SolrHitSearch {
  private final SolrSearcher solr;

  SolrHitSearch(SolrSearcher solr) {
    this.solr = solr;
  }

  SearchResult run(SearchRequest request) throws IOException {
    if (request.collapse()) {
      throw new IllegalArgumentException("--collapse (one hit per cluster of copies) is not "
          + "available with --solr yet; search without it");
    }
    QueryMode mode = QueryMode.search(request.fold());
    ParsedQuery text = solr.parse(request, mode);
    QueryResponse page = execute(text.query(), request);
    if (total(page) == 0 && text.matching().units().contains(Matching.Unit.WORD)) {
      ParsedQuery phrases = solr.parse(request, mode.phrases());
      QueryResponse retry = execute(phrases.query(), request);
      if (total(retry) > 0) {
        page = retry;
        text = phrases;
      }
    }
    boolean fuzzy = false;
    if (total(page) == 0) {
      Optional<ParsedQuery> typos = solr.typos(request);
      if (typos.isPresent()) {
        QueryResponse retry = execute(typos.get().query(), request);
        if (total(retry) > 0) {
          page = retry;
          text = typos.get();
          fuzzy = true;
        }
      }
    }
    return new SearchResult(total(page), false, hits(text.query(), page.getResults()),
        request.facets() ? SolrFacets.read(page) : null, fuzzy, text.matching().describe());
  }

  private static long total(QueryResponse r) {
    return r.getResults().getNumFound();
  }

  private QueryResponse execute(Query text, SearchRequest request) throws IOException {
    SolrQueryWriter writer = solr.writer();
    String q = writer.write(solr.filtered(text, request));
    ModifiableSolrParams p = SolrCollection.params(q, writer.params());
    p.set("fl", "*,score");
    p.set("start", request.offset());
    p.set("rows", request.limit());
    p.set("sort", sort(request.sort()));
    if (request.facets()) {
      p.set("json.facet", SolrFacets.request());
    }
    return solr.collection().query(p);
  }

  /** As the embedded order: relevance, or by date with undated articles last, ties by relevance. */
  private static String sort(SearchSort by) {
    return switch (by) {
      case RELEVANCE -> "score desc";
      case NEWEST -> "def(" + IndexSchema.DATE_KEY + ",-1) desc,score desc";
      case OLDEST -> "def(" + IndexSchema.DATE_KEY + ",99999999) asc,score desc";
    };
  }

  /** The page's hits, snippets highlighted in the page's documents as the embedded index does. */
  private List<SearchHit> hits(Query text, SolrDocumentList page) throws IOException {
    List<Document> docs = new ArrayList<>();
    for (SolrDocument d : page) {
      docs.add(SolrSchema.toModel(d));
    }
    List<List<String>> snippets = snippets(text, docs);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      Object score = page.get(i).getFieldValue("score");
      hits.add(new SearchHit(d.id(), d.metadata().title(), d.metadata().date(),
          d.metadata().source(), d.metadata().locality(),
          score instanceof Number n ? n.floatValue() : 0f, snippets.get(i)));
    }
    return hits;
  }

  private List<List<String>> snippets(Query text, List<Document> docs) throws IOException {
    if (docs.isEmpty()) {
      return List.of();
    }
    try (ScratchIndex scratch = new ScratchIndex(solr.segmenter())) {
      for (Document d : docs) {
        scratch.add(d);
      }
      try (Directory dir = FSDirectory.open(scratch.dir());
          DirectoryReader reader = DirectoryReader.open(dir)) {
        int[] ids = new int[docs.size()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = i;
        }
        return new SnippetHighlighter(new IndexSearcher(reader), solr.analyzer())
            .snippets(text, ids, CorpusSearcher.SNIPPETS_PER_HIT);
      }
    }
  }
}
