package org.canbo.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Query;
import org.canbo.model.Annotations;
import org.canbo.model.DocumentRef;
import org.canbo.model.Figure;
import org.canbo.model.Official;
import org.canbo.model.PlaceMention;
import org.canbo.text.Diacritics;
import org.canbo.text.ToneMarks;

/**
 * Index fields for an article's annotations: all of them as compressed JSON in doc values (so
 * exports read the index alone, and search hits, which decompress the whole stored document, do
 * not carry them); figures as {@code fig.<category>} points ("rotation>=50") and category terms; officials,
 * provinces and cited documents as normalised filter terms; and their facet values.
 */
final class AnnotationFields {
  /** The JSON as a stored field: how older indexes kept it (still read there), and Solr's. */
  static final String ANNOTATIONS = "annotations";
  /** The JSON, compressed ({@link AnnotationCodec}), binary doc values; absent for none. */
  static final String ANNOTATIONS_VALUES = "annotations_lz4";
  static final String CATEGORY = "fig_category";
  static final String VALUE_PREFIX = "fig.";
  static final String OFFICIAL = "official_key";
  static final String PROVINCE = "province_key";
  static final String CITES = "cites_key";
  private static final ObjectMapper JSON = org.canbo.dataset.SafeJson.plain();

  private AnnotationFields() {}

  /** All the fields of {@code annotations}. */
  static void add(org.apache.lucene.document.Document out, Annotations annotations) {
    if (!annotations.equals(Annotations.NONE)) {
      out.add(new BinaryDocValuesField(ANNOTATIONS_VALUES, AnnotationCodec.encode(annotations)));
    }
    addSearchable(out, annotations);
  }

  /** The fields that filters and facets read (not the annotations themselves). */
  static void addSearchable(org.apache.lucene.document.Document out, Annotations annotations) {
    addFigures(out, annotations);
    for (Official o : annotations.officials()) {
      addTermAndFacet(out, OFFICIAL, nameKey(o.name()), Facets.OFFICIAL, o.name());
    }
    Set<String> provinces = new LinkedHashSet<>();
    for (PlaceMention p : annotations.places()) {
      if (p.province() != null) {
        provinces.add(p.province());
      }
    }
    for (String p : provinces) {
      addTermAndFacet(out, PROVINCE, provinceKey(p), Facets.PROVINCE, p);
    }
    for (DocumentRef d : annotations.documents()) {
      String label = d.number() == null ? d.docType() : d.docType() + " " + d.number();
      out.add(new SortedSetDocValuesFacetField(Facets.DOCUMENT, label.strip()));
      for (String term : CiteTerms.indexed(d)) {
        out.add(new StringField(CITES, term, Field.Store.NO));
      }
    }
  }

  private static void addFigures(org.apache.lucene.document.Document out, Annotations annotations) {
    Set<String> categories = new LinkedHashSet<>();
    for (Figure f : annotations.figures()) {
      out.add(new DoublePoint(VALUE_PREFIX + f.category(), f.value().doubleValue()));
      categories.add(f.category());
    }
    for (String c : categories) {
      addTermAndFacet(out, CATEGORY, c, Facets.CATEGORY, c);
    }
  }

  private static void addTermAndFacet(org.apache.lucene.document.Document out, String field,
      String term, String dim, String label) {
    if (term == null || term.isEmpty() || label == null || label.isBlank()) {
      return;
    }
    out.add(new StringField(field, term, Field.Store.NO));
    out.add(new SortedSetDocValuesFacetField(dim, label.strip()));
  }

  /**
   * The annotations of document {@code doc} of {@code reader}, whose stored fields {@code stored}
   * are (an older version's document keeps them there).
   */
  static Annotations read(IndexReader reader, int doc, org.apache.lucene.document.Document stored)
      throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(ANNOTATIONS_VALUES);
    if (values != null && values.advanceExact(doc - leaf.docBase)) {
      return AnnotationCodec.decode(values.binaryValue());
    }
    return read(stored.get(ANNOTATIONS));
  }

  /** Annotations from their JSON; none for null. */
  static Annotations read(String json) {
    if (json == null) {
      return Annotations.NONE;
    }
    try {
      return JSON.readValue(json, Annotations.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored annotations unreadable: " + e.getOriginalMessage(), e);
    }
  }

  static Query condition(FigureCondition c) {
    return DoublePoint.newRangeQuery(VALUE_PREFIX + c.category(), c.lower(), c.upper());
  }

  /** Text for matching: NFC, canonical tone marks, lower case, single spaces. */
  static String key(String text) {
    String nfc = Normalizer.normalize(text.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    return ToneMarks.canonical(nfc).toLowerCase(Locale.ROOT);
  }

  /**
   * A person's name for matching, without diacritics: people type "Nguyen Ngoc Tuan" for "Nguyễn
   * Ngọc Tuấn"; as a filter next to the query the looser match is worth the rare collision.
   */
  static String nameKey(String name) {
    return Diacritics.fold(key(name));
  }

  /** A province for matching: folded, without its type word ("tỉnh Quảng Ninh" → "quang ninh"). */
  static String provinceKey(String province) {
    return nameKey(province).replaceFirst("^(tinh|thanh pho|tp\\.?)\\s+", "");
  }

  /** A document number for matching: no spaces, upper case, canonical marks ("02 - QĐ/HU" → "02-QĐ/HU"). */
  static String citeKey(String number) {
    return number == null ? null : key(number).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }
}
