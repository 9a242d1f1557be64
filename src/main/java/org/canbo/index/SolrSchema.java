package org.canbo.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.canbo.index.copies.CopyFields;
import org.canbo.index.copies.CopySignature;
import org.canbo.model.Annotations;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.DocumentRef;
import org.canbo.model.Figure;
import org.canbo.model.IngestStatus;
import org.canbo.model.Official;
import org.canbo.model.PageMap;
import org.canbo.model.PlaceMention;
import org.canbo.model.SourceFile;

/**
 * The one mapping between canbo documents and the SolrCloud collection's fields (the configset's
 * {@code schema.xml}, resource {@link #CONFIGSET}): the same names, keys and stored values as the
 * embedded {@link IndexSchema}, so both backends answer the same queries.
 *
 * <p>Differences, all forced by Solr: text is sent once (title, body; the folded and word fields
 * are copyFields), figures are one multi-valued numeric field per category ({@link #figureField}:
 * {@code fig_rotation:[50 TO *]} is the condition rotation&gt;=50), facet labels are docValues
 * fields named {@link #facetField} (year, source and locality facet on their own fields), and every
 * article is its own copy cluster (copies are not grouped across shards).
 */
public final class SolrSchema {
  /** Classpath directory of the configset files (schema.xml, solrconfig.xml). */
  public static final String CONFIGSET = "org/canbo/solr/conf";
  public static final List<String> CONFIGSET_FILES = List.of("schema.xml", "solrconfig.xml");
  private static final String FIGURE_PREFIX = "fig_";
  private static final ObjectMapper JSON = org.canbo.dataset.SafeJson.plain();
  private static final LayerCodec LAYER_CODEC = LayerCodec.SHARED;
  /** Thread-safe: its analyzer keeps one token stream per thread. */
  private static final CopySignature COPY_SIGNATURE = new CopySignature();

  private final String pipelineVersion;

  public SolrSchema(String pipelineVersion) {
    this.pipelineVersion = new IndexSchema(pipelineVersion).pipelineVersion();
  }

  public String pipelineVersion() {
    return pipelineVersion;
  }

  /** The numeric field holding the values of figures of {@code category}. */
  public static String figureField(String category) {
    return FIGURE_PREFIX + category;
  }

  /**
   * The docValues field a facet dimension of {@link Facets} counts: year, source and locality
   * facet on the fields of the same name, the annotation dimensions on {@code facet_<dim>}.
   */
  public static String facetField(String dimension) {
    return switch (dimension) {
      case Facets.YEAR -> IndexSchema.YEAR;
      case Facets.SOURCE -> IndexSchema.SOURCE;
      case Facets.LOCALITY -> IndexSchema.LOCALITY;
      case Facets.CATEGORY -> AnnotationFields.CATEGORY;
      default -> "facet_" + dimension;
    };
  }

  /** Field names for query code outside this package. */
  public static final String OFFICIAL_KEY = AnnotationFields.OFFICIAL;
  public static final String PROVINCE_KEY = AnnotationFields.PROVINCE;
  public static final String CITES_KEY = AnnotationFields.CITES;
  public static final String CATEGORY = AnnotationFields.CATEGORY;
  public static final String ANNOTATIONS = AnnotationFields.ANNOTATIONS;

  /** The Solr document for {@code doc}; null metadata fields are absent. */
  public SolrInputDocument toSolr(Document doc) {
    SolrInputDocument out = new SolrInputDocument();
    out.setField(IndexSchema.ID, doc.id());
    out.setField(IndexSchema.PIPELINE_VERSION, pipelineVersion);
    out.setField(IndexSchema.STATUS, doc.status().name());
    SourceFile source = doc.source();
    if (source != null) {
      put(out, IndexSchema.PATH, source.path());
      put(out, IndexSchema.SHA256, source.sha256());
      put(out, IndexSchema.MEDIA_TYPE, source.mediaType());
      put(out, IndexSchema.CHARSET, source.charset());
      put(out, IndexSchema.OCR, source.ocr() ? "true" : null);
      put(out, IndexSchema.LEGACY_ENCODING, source.legacyEncoding());
      out.setField(IndexSchema.BYTES, source.bytes());
      put(out, IndexSchema.FETCHED, source.fetched());
      if (!source.flags().isEmpty()) {
        out.setField(IndexSchema.FLAGS, new ArrayList<>(source.flags()));
      }
    }
    ArticleMetadata meta = doc.metadata();
    put(out, IndexSchema.TITLE, meta.title());
    out.setField(IndexSchema.BODY, doc.text());
    if (meta.date() != null) {
      out.setField(IndexSchema.DATE, meta.date());
      long key = IsoDates.documentKey(meta.date());
      if (key >= 0) {
        out.setField(IndexSchema.DATE_KEY, key);
        out.setField(IndexSchema.YEAR, (int) (key / 10_000));
      }
    }
    put(out, IndexSchema.SOURCE, blankToNull(meta.source()));
    if (meta.source() != null) {
      out.setField(IndexSchema.SOURCE_KEY, IndexSchema.sourceKey(meta.source()));
    }
    put(out, IndexSchema.LOCALITY, blankToNull(meta.locality()));
    put(out, IndexSchema.LOCALITY_PROVINCE, meta.province());
    put(out, IndexSchema.URL, meta.url());
    put(out, IndexSchema.AUTHOR, meta.author());
    out.setField(IndexSchema.PAGES, Arrays.stream(doc.pages().starts())
        .mapToObj(Integer::toString).collect(Collectors.joining(",")));
    out.setField(IndexSchema.LAYERS, LAYER_CODEC.encode(doc.layers()));
    addAnnotations(out, doc.annotations());
    var terms = COPY_SIGNATURE.terms(doc.text());
    if (!terms.isEmpty()) {
      out.setField(CopyFields.SIGNATURE, new ArrayList<>(terms));
    }
    out.setField(CopyFields.SIGNATURE_STORED, String.join(" ", terms));
    out.setField(CopyFields.CLUSTER, doc.id());
    out.setField(CopyFields.DUPLICATES, 1);
    return out;
  }

  private static void addAnnotations(SolrInputDocument out, Annotations annotations) {
    if (!annotations.equals(Annotations.NONE)) {
      try {
        out.setField(AnnotationFields.ANNOTATIONS, JSON.writeValueAsString(annotations));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot serialise annotations", e);
      }
    }
    Set<String> categories = new LinkedHashSet<>();
    for (Figure f : annotations.figures()) {
      out.addField(figureField(f.category()), f.value().doubleValue());
      categories.add(f.category());
    }
    for (String c : categories) {
      keyAndLabel(out, AnnotationFields.CATEGORY, c, null, c);
    }
    for (Official o : annotations.officials()) {
      keyAndLabel(out, AnnotationFields.OFFICIAL, AnnotationFields.nameKey(o.name()),
          Facets.OFFICIAL, o.name());
    }
    Set<String> provinces = new LinkedHashSet<>();
    for (PlaceMention p : annotations.places()) {
      if (p.province() != null) {
        provinces.add(p.province());
      }
    }
    for (String p : provinces) {
      keyAndLabel(out, AnnotationFields.PROVINCE, AnnotationFields.provinceKey(p), Facets.PROVINCE, p);
    }
    for (DocumentRef d : annotations.documents()) {
      String label = d.number() == null ? d.docType() : d.docType() + " " + d.number();
      addDistinct(out, facetField(Facets.DOCUMENT), label.strip());
      for (String term : CiteTerms.indexed(d)) {
        addDistinct(out, AnnotationFields.CITES, term);
      }
    }
  }

  /** The filter key and, when {@code dim} is given, its facet label (as AnnotationFields does). */
  private static void keyAndLabel(SolrInputDocument out, String field, String key, String dim,
      String label) {
    if (key == null || key.isEmpty() || label == null || label.isBlank()) {
      return;
    }
    addDistinct(out, field, key);
    if (dim != null) {
      addDistinct(out, facetField(dim), label.strip());
    }
  }

  /** Multi-valued facet fields count each value once per article, as Lucene's facets do. */
  private static void addDistinct(SolrInputDocument out, String field, String value) {
    Collection<Object> values = out.getFieldValues(field);
    if (values == null || !values.contains(value)) {
      out.addField(field, value);
    }
  }

  /** Rebuilds the model document from a Solr result with the stored fields of {@link #toSolr}. */
  public static Document toModel(SolrDocument stored) {
    String id = string(stored, IndexSchema.ID);
    String path = string(stored, IndexSchema.PATH);
    SourceFile source = null;
    if (path != null) {
      Object bytes = stored.getFirstValue(IndexSchema.BYTES);
      Collection<Object> flags = stored.getFieldValues(IndexSchema.FLAGS);
      source = new SourceFile(path, bytes == null ? 0 : ((Number) bytes).longValue(),
          string(stored, IndexSchema.SHA256), string(stored, IndexSchema.MEDIA_TYPE),
          string(stored, IndexSchema.CHARSET),
          flags == null ? List.of() : flags.stream().map(Object::toString).toList(),
          "true".equals(string(stored, IndexSchema.OCR)),
          string(stored, IndexSchema.LEGACY_ENCODING), string(stored, IndexSchema.FETCHED));
    }
    ArticleMetadata meta = new ArticleMetadata(string(stored, IndexSchema.TITLE),
        string(stored, IndexSchema.DATE), string(stored, IndexSchema.SOURCE),
        string(stored, IndexSchema.AUTHOR), string(stored, IndexSchema.LOCALITY),
        string(stored, IndexSchema.LOCALITY_PROVINCE), string(stored, IndexSchema.URL));
    String status = string(stored, IndexSchema.STATUS);
    String pages = string(stored, IndexSchema.PAGES);
    return new Document(id, source, string(stored, IndexSchema.BODY), meta,
        pages == null || pages.isEmpty() ? PageMap.SINGLE
            : new PageMap(Arrays.stream(pages.split(",")).mapToInt(Integer::parseInt).toArray()),
        status == null ? IngestStatus.OK : IngestStatus.valueOf(status),
        LAYER_CODEC.decode(string(stored, IndexSchema.LAYERS)),
        AnnotationFields.read(string(stored, AnnotationFields.ANNOTATIONS)));
  }

  private static String string(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  private static void put(SolrInputDocument out, String field, Object value) {
    if (value != null) {
      out.setField(field, value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
