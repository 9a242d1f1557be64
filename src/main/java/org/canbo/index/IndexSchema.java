package org.canbo.index;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexableField;
import org.canbo.index.analysis.VietnameseAnalyzer;
import org.canbo.index.copies.CopyFields;
import org.canbo.index.copies.CopySignature;
import org.canbo.model.Annotations;
import org.canbo.model.ArticleMetadata;
import org.canbo.nlp.segment.VietnameseSegmenter;
import org.canbo.model.Document;
import org.canbo.model.IngestStatus;
import org.canbo.model.PageMap;
import org.canbo.model.SourceFile;
import org.canbo.text.ToneMarks;

/**
 * The index fields and the mapping between a {@link Document} and a Lucene document, both ways:
 * everything needed to rebuild the model document is stored, so exports can read the index alone.
 */
public final class IndexSchema {
  public static final String ID = "id";
  public static final String PATH = "path";
  public static final String SHA256 = "sha256";
  public static final String BYTES = "bytes";
  public static final String MEDIA_TYPE = "media_type";
  public static final String CHARSET = "charset";
  /** When a page from a web archive was fetched (ISO instant), stored only. */
  public static final String FETCHED = "fetched";
  /** Quality flags of the source, one stored value each (also searchable as exact strings). */
  public static final String FLAGS = "flags";
  /** "true" on documents read (partly) by OCR; absent otherwise. Searchable: ocr:true. */
  public static final String OCR = "ocr";
  /** "tcvn3" or "vni" on documents converted from a legacy font encoding. */
  public static final String LEGACY_ENCODING = "legacy_encoding";
  public static final String TITLE = "title";
  public static final String TITLE_FOLDED = "title_folded";
  public static final String BODY = "body";
  public static final String BODY_FOLDED = "body_folded";
  /** Segmented words ("cán_bộ", "luân_chuyển"): ranks documents where the query's words occur as words. */
  public static final String TITLE_WORDS = "title_words";
  public static final String BODY_WORDS = "body_words";
  /**
   * Each body syllable with the next ("mới trong"), counted per document: answers two-syllable
   * phrases without positions ({@link SyllablePairQuery}). Indexed only.
   */
  public static final String BODY_PAIRS = "body_pairs";
  public static final String DATE = "date";
  /** yyyymmdd as a LongPoint (range filter) and doc value (sort); absent for "--MM-DD". */
  public static final String DATE_KEY = "date_key";
  /** IntPoint, doc value (for numeric facets) and stored. */
  public static final String YEAR = "year";
  public static final String SOURCE = "source";
  /** The source lower-cased and tone-canonical, for case-insensitive filters. */
  public static final String SOURCE_KEY = "source_key";
  public static final String LOCALITY = "locality";
  /** The province of the locality ("tỉnh Quảng Ninh"); not the province facet of places named. */
  public static final String LOCALITY_PROVINCE = "locality_province";
  /** The article's own address, stored only. */
  public static final String URL = "url";
  public static final String AUTHOR = "author";
  public static final String STATUS = "status";
  public static final String PAGES = "pages";
  public static final String LAYERS = "layers";
  public static final String PIPELINE_VERSION = "pipeline_version";

  /** Analyzed text with offsets in the postings, so highlighting needs no re-analysis. */
  private static final FieldType STORED_TEXT = textType(true);
  private static final FieldType UNSTORED_TEXT = textType(false);
  /** Documents and frequencies only; norms kept, the body's own (one pair token per syllable). */
  private static final FieldType PAIRS = pairsType();

  private final String pipelineVersion;
  /** Only read after construction; FacetsConfig.build is safe for concurrent callers then. */
  private final FacetsConfig facets = Facets.config();
  /** Stateless and thread-safe: one codec serves every document. */
  private static final LayerCodec LAYER_CODEC = LayerCodec.SHARED;
  /** Thread-safe: its analyzer keeps one token stream per thread. */
  private static final CopySignature COPY_SIGNATURE = new CopySignature();

  /** The index analyzer's segmenter, whose word layer feeds the word field; null: analyse. */
  private final VietnameseSegmenter segmenter;

  /** A schema writing {@code pipelineVersion} into every document (part of "unchanged"). */
  public IndexSchema(String pipelineVersion) {
    this(pipelineVersion, null);
  }

  /**
   * The same, for an index analysing its word fields with {@code segmenter}: a document whose
   * word layer that segmenter made gets its word field from the layer ({@link WordTokens}), the
   * same tokens without segmenting its sentences again.
   */
  public IndexSchema(String pipelineVersion, VietnameseSegmenter segmenter) {
    if (pipelineVersion == null || pipelineVersion.isBlank()) {
      throw new IllegalArgumentException("pipeline version is empty");
    }
    this.pipelineVersion = pipelineVersion;
    this.segmenter = segmenter;
  }

  public String pipelineVersion() {
    return pipelineVersion;
  }

  /**
   * The analyzer for indexing and querying: folded fields fold, word fields segment with
   * {@code segmenter}, the rest are syllables with diacritics.
   */
  public static Analyzer analyzer(VietnameseSegmenter segmenter) {
    Analyzer words = new VietnameseAnalyzer(segmenter);
    return new PerFieldAnalyzerWrapper(SyllableAnalyzer.exact(),
        Map.of(TITLE_FOLDED, SyllableAnalyzer.folded(), BODY_FOLDED, SyllableAnalyzer.folded(),
            TITLE_WORDS, words, BODY_WORDS, words));
  }

  /** The key the source filter compares: "Baohatinh.VN" and "baohatinh.vn" are one source. */
  public static String sourceKey(String source) {
    String nfc = Normalizer.normalize(source.strip(), Normalizer.Form.NFC);
    return ToneMarks.canonical(nfc).toLowerCase(Locale.ROOT);
  }

  /**
   * The Lucene document for {@code doc}, facet fields built; null metadata fields are simply
   * absent.
   */
  public org.apache.lucene.document.Document toLucene(Document doc) {
    org.apache.lucene.document.Document out = new org.apache.lucene.document.Document();
    out.add(new StringField(ID, doc.id(), Field.Store.YES));
    out.add(new StringField(PIPELINE_VERSION, pipelineVersion, Field.Store.YES));
    out.add(new StringField(STATUS, doc.status().name(), Field.Store.YES));
    addSource(out, doc.source());
    ArticleMetadata meta = doc.metadata();
    if (meta.title() != null) {
      addSyllables(out, TITLE, TITLE_FOLDED, meta.title(), SyllableTokens.of(meta.title()));
      out.add(new Field(TITLE_WORDS, meta.title(), UNSTORED_TEXT));
    }
    SyllableTokens body = SyllableTokens.of(doc.text());
    addSyllables(out, BODY, BODY_FOLDED, doc.text(), body);
    SyllableTokens nfcBody = body != null ? body
        : SyllableTokens.of(Normalizer.normalize(doc.text(), Normalizer.Form.NFC));
    out.add(new Field(BODY_PAIRS, nfcBody.pairs(), PAIRS));
    Field bodyWords = new Field(BODY_WORDS, doc.text(), UNSTORED_TEXT);
    WordTokens words = WordTokens.of(doc, segmenter);
    if (words != null) {
      bodyWords.setTokenStream(words);
    }
    out.add(bodyWords);
    addDate(out, meta.date());
    addExact(out, SOURCE, meta.source());
    if (meta.source() != null) {
      out.add(new StringField(SOURCE_KEY, sourceKey(meta.source()), Field.Store.NO));
    }
    addExact(out, LOCALITY, meta.locality());
    addExact(out, LOCALITY_PROVINCE, meta.province());
    if (meta.url() != null) {
      out.add(new StoredField(URL, meta.url()));
    }
    addExact(out, AUTHOR, meta.author());
    out.add(new StoredField(PAGES, Arrays.stream(doc.pages().starts())
        .mapToObj(Integer::toString).collect(Collectors.joining(","))));
    out.add(new StoredField(LAYERS, LAYER_CODEC.encode(doc.layers())));
    addFacet(out, Facets.SOURCE, meta.source());
    addFacet(out, Facets.LOCALITY, meta.locality());
    Integer year = meta.year();
    addFacet(out, Facets.YEAR, year == null ? null : year.toString());
    AnnotationFields.add(out, doc.annotations());
    CopyFields.add(out, doc, body != null && body.consecutive()
        ? COPY_SIGNATURE.terms(body.lowerChars(), body.bounds(), body.count())
        : COPY_SIGNATURE.terms(doc.text()));
    try {
      return facets.build(out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // building facet fields does no I/O
    }
  }

  /**
   * The exact (stored) and folded fields of {@code text}, fed from one tokenization when there is
   * one (the analyzer's tokens exactly, see {@link SyllableTokens}), else analysed field by field.
   */
  private static void addSyllables(org.apache.lucene.document.Document out, String exact,
      String folded, String text, SyllableTokens tokens) {
    Field exactField = new Field(exact, text, STORED_TEXT);
    Field foldedField = new Field(folded, text, UNSTORED_TEXT);
    if (tokens != null) {
      exactField.setTokenStream(tokens.exact());
      foldedField.setTokenStream(tokens.folded());
    }
    out.add(exactField);
    out.add(foldedField);
  }

  /**
   * Rebuilds the model document number {@code doc} of {@code reader} ({@link #toLucene}'s output)
   * from its stored fields, read through {@code fields}, and its annotations.
   */
  public static Document toModel(IndexReader reader, StoredFields fields, int doc)
      throws java.io.IOException {
    org.apache.lucene.document.Document stored = fields.document(doc);
    return toModel(stored, AnnotationFields.read(reader, doc, stored));
  }

  private static Document toModel(org.apache.lucene.document.Document stored,
      Annotations annotations) {
    String id = stored.get(ID);
    String path = stored.get(PATH);
    SourceFile source = null;
    if (path != null) {
      IndexableField bytes = stored.getField(BYTES);
      source = new SourceFile(path, bytes == null ? 0 : bytes.numericValue().longValue(),
          stored.get(SHA256), stored.get(MEDIA_TYPE), stored.get(CHARSET),
          java.util.List.of(stored.getValues(FLAGS)), "true".equals(stored.get(OCR)),
          stored.get(LEGACY_ENCODING), stored.get(FETCHED));
    }
    ArticleMetadata meta = new ArticleMetadata(stored.get(TITLE), stored.get(DATE),
        stored.get(SOURCE), stored.get(AUTHOR), stored.get(LOCALITY), stored.get(LOCALITY_PROVINCE),
        stored.get(URL));
    String status = stored.get(STATUS);
    return new Document(id, source, stored.get(BODY), meta, pages(id, stored.get(PAGES)),
        status == null ? IngestStatus.OK : IngestStatus.valueOf(status),
        LAYER_CODEC.decode(stored.get(LAYERS)), annotations);
  }

  private static void addFacet(org.apache.lucene.document.Document out, String dim, String value) {
    if (value != null && !value.isBlank()) {
      out.add(new SortedSetDocValuesFacetField(dim, value));
    }
  }

  private static void addSource(org.apache.lucene.document.Document out, SourceFile source) {
    if (source == null) {
      return;
    }
    addExact(out, PATH, source.path());
    addExact(out, SHA256, source.sha256());
    addExact(out, MEDIA_TYPE, source.mediaType());
    addExact(out, CHARSET, source.charset());
    addExact(out, OCR, source.ocr() ? "true" : null);
    addExact(out, LEGACY_ENCODING, source.legacyEncoding());
    out.add(new StoredField(BYTES, source.bytes()));
    if (source.fetched() != null) {
      out.add(new StoredField(FETCHED, source.fetched()));
    }
    for (String flag : source.flags()) {
      out.add(new StringField(FLAGS, flag, Field.Store.YES));
    }
  }

  private static void addDate(org.apache.lucene.document.Document out, String date) {
    if (date == null) {
      return;
    }
    out.add(new StringField(DATE, date, Field.Store.YES));
    long key = IsoDates.documentKey(date);
    if (key >= 0) {
      out.add(new LongPoint(DATE_KEY, key));
      out.add(new NumericDocValuesField(DATE_KEY, key));
      int year = (int) (key / 10_000);
      out.add(new IntPoint(YEAR, year));
      out.add(new NumericDocValuesField(YEAR, year));
      out.add(new StoredField(YEAR, year));
    }
  }

  private static void addExact(org.apache.lucene.document.Document out, String name, String v) {
    if (v != null) {
      out.add(new StringField(name, v, Field.Store.YES));
    }
  }

  private static PageMap pages(String id, String csv) {
    if (csv == null || csv.isEmpty()) {
      return PageMap.SINGLE;
    }
    try {
      return new PageMap(Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("document " + id + ": stored pages '" + csv + "' invalid", e);
    }
  }

  /** The field holding {@code field}'s syllable pairs, or null when it has none. */
  static String pairField(String field) {
    return BODY.equals(field) ? BODY_PAIRS : null;
  }

  private static FieldType pairsType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
