package org.canbo.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.search.Query;
import org.canbo.model.Annotations;
import org.canbo.model.Figure;

/**
 * Index fields for an article's figures: the annotations stored as JSON (so exports read the index
 * alone), one {@code fig.<category>} point per figure value for conditions like "rotation>=50",
 * and the categories as filter terms and facet values.
 */
final class FigureFields {
  static final String ANNOTATIONS = "annotations";
  static final String CATEGORY = "fig_category";
  static final String VALUE_PREFIX = "fig.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FigureFields() {}

  static void add(org.apache.lucene.document.Document out, Annotations annotations) {
    if (annotations.equals(Annotations.NONE)) {
      return;
    }
    try {
      out.add(new StoredField(ANNOTATIONS, JSON.writeValueAsString(annotations)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise annotations", e);
    }
    Set<String> categories = new LinkedHashSet<>();
    for (Figure f : annotations.figures()) {
      out.add(new DoublePoint(VALUE_PREFIX + f.category(), f.value().doubleValue()));
      categories.add(f.category());
    }
    for (String c : categories) {
      out.add(new StringField(CATEGORY, c, Field.Store.NO));
      out.add(new SortedSetDocValuesFacetField(Facets.CATEGORY, c));
    }
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
}
