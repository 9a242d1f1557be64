package org.canbo.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.search.Query;
import org.canbo.model.Annotations;
import org.canbo.model.DocumentRef;
import org.canbo.model.Figure;
import org.canbo.model.Official;
import org.canbo.model.PlaceMention;
import org.canbo.text.Diacritics;
import org.canbo.text.ToneMarks;

/**
 * Index fields for an article's annotations: all of them stored as JSON (so exports read the index
 * alone); figures as {@code fig.<category>} points ("rotation>=50") and category terms; officials,
 * provinces and cited documents as normalised filter terms; and their facet values.
 */
final class AnnotationFields {
  static final String ANNOTATIONS = "annotations";
  static final String CATEGORY = "fig_category";
  static final String VALUE_PREFIX = "fig.";
  static final String OFFICIAL = "official_key";
  static final String PROVINCE = "province_key";
  static final String CITES = "cites_key";
  private static final ObjectMapper JSON = org.canbo.dataset.SafeJson.plain();

  private AnnotationFields() {}

  static void add(org.apache.lucene.document.Document out, Annotations annotations) {
    if (!annotations.equals(Annotations.NONE)) {
      try {
        out.add(new StoredField(ANNOTATIONS, JSON.writeValueAsString(annotations)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot serialise annotations", e);
      }
    }
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
