package org.canbo.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.canbo.model.Confidence;
import org.canbo.model.Document;

/**
 * The datasets canbo writes, each as rows for CSV (flat, fixed columns) and as JSON objects for
 * JSONL (figures keep the schema's field names and nested period, plus provenance).
 */
public enum Dataset {
  FIGURES(FigureRow.class),
  ARTICLES(ArticleRow.class),
  OFFICIALS(OfficialRow.class),
  DOCUMENTS(DocumentRefRow.class),
  PLACES(PlaceRow.class);

  private static final ObjectMapper JSON = SafeJson.plain();
  private final Class<? extends Record> rowType;

  Dataset(Class<? extends Record> rowType) {
    this.rowType = rowType;
  }

  /** Whether the rows carry a {@code confidence} column (figures, officials, documents). */
  public boolean hasConfidence() {
    return Columns.of(this).contains("confidence");
  }

  /** Parses "figures" / "articles" (any case). */
  public static Dataset parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown dataset '" + name
          + "': use figures, articles, officials, documents or places");
    }
  }

  public Class<? extends Record> rowType() {
    return rowType;
  }

  /** The flat CSV rows of one document. */
  public List<? extends Record> rows(Document d) {
    return switch (this) {
      case FIGURES -> d.annotations().figures().stream().map(f -> FigureRow.of(d, f)).toList();
      case ARTICLES -> List.of(ArticleRow.of(d));
      case OFFICIALS -> d.annotations().officials().stream().map(o -> OfficialRow.of(d, o)).toList();
      case DOCUMENTS -> d.annotations().documents().stream().map(r -> DocumentRefRow.of(d, r)).toList();
      case PLACES -> d.annotations().places().stream().map(p -> PlaceRow.of(d, p)).toList();
    };
  }

  /** The JSONL objects of one document. */
  public List<ObjectNode> objects(Document d) {
    return switch (this) {
      case FIGURES -> d.annotations().figures().stream()
          .map(f -> typed("figure", f, d.pages().pageOf(f.start()), d)).toList();
      case ARTICLES -> List.of(JSON.valueToTree(ArticleRow.of(d)));
      case OFFICIALS -> d.annotations().officials().stream()
          .map(o -> typed("official", o, d.pages().pageOf(o.start()), d)).toList();
      case DOCUMENTS -> d.annotations().documents().stream()
          .map(r -> typed("document_ref", r, d.pages().pageOf(r.start()), d)).toList();
      case PLACES -> d.annotations().places().stream()
          .map(p -> typed("place", p, d.pages().pageOf(p.start()), d)).toList();
    };
  }

  /** The schema's object for an annotation: "type" first, its fields, the page, then "ocr". */
  private static ObjectNode typed(String type, Record annotation, int page, Document d) {
    ObjectNode out = JSON.createObjectNode().put("type", type);
    out.setAll((ObjectNode) JSON.valueToTree(annotation));
    if (out.has("confidence")) {
      out.put("confidence", Confidence.rounded(out.get("confidence").asDouble()));
    }
    out.put("page", page);
    out.put("ocr", Provenance.ocr(d));
    return out;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
