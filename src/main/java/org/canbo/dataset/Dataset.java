package org.canbo.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.canbo.model.Confidence;
import org.canbo.model.Document;
import org.canbo.extract.figure.FigureCategory;
import org.canbo.model.Figure;
import org.canbo.model.UserInputException;

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

  /**
   * Columns whose values come from a closed vocabulary, with the values: a {@code --where}
   * condition naming another value is refused instead of matching nothing.
   */
  public Map<String, List<String>> closedColumns() {
    return this == FIGURES
        ? Map.of("category", Stream.of(FigureCategory.values()).map(FigureCategory::code).toList(),
            "kind", List.of(Figure.COUNT, Figure.PERCENT, Figure.RATIO),
            "role", List.of("value", "delta", "target"))
        : Map.of();
  }

  /** Parses "figures" / "articles" (any case). */
  public static Dataset parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("unknown dataset '" + name
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

  /**
   * The JSONL objects of one document, one per row of {@link #rows}: the schema's object, then the
   * row's columns after {@code confidence} (article, sentence, full period dates), as in the CSV.
   */
  public List<ObjectNode> objects(Document d) {
    List<? extends Record> rows = rows(d);
    List<? extends Record> annotations = switch (this) {
      case FIGURES -> d.annotations().figures();
      case ARTICLES -> rows;
      case OFFICIALS -> d.annotations().officials();
      case DOCUMENTS -> d.annotations().documents();
      case PLACES -> d.annotations().places();
    };
    List<String> trailing = trailingColumns();
    List<ObjectNode> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      ObjectNode row = JSON.valueToTree(rows.get(i));
      if (this == ARTICLES) {
        out.add(row);
        continue;
      }
      ObjectNode object = typed(annotations.get(i), row.get("page").asInt());
      trailing.forEach(column -> object.set(column, row.get(column)));
      // Rows without a confidence (places) still end with the document's ocr flag.
      if (!object.has("ocr")) {
        object.set("ocr", row.get("ocr"));
      }
      out.add(object);
    }
    return out;
  }

  /** The columns after {@code confidence}: context added to the schema's fields; none without. */
  private List<String> trailingColumns() {
    List<String> columns = Columns.of(this);
    int confidence = columns.indexOf("confidence");
    return confidence < 0 ? List.of() : columns.subList(confidence + 1, columns.size());
  }

  /** The schema's object for an annotation: "type" first, its fields, then the page. */
  private ObjectNode typed(Record annotation, int page) {
    ObjectNode out = JSON.createObjectNode().put("type", jsonType());
    out.setAll((ObjectNode) JSON.valueToTree(annotation));
    if (out.has("confidence")) {
      out.put("confidence", Confidence.rounded(out.get("confidence").asDouble()));
    }
    out.put("page", page);
    return out;
  }

  /** The "type" of the schema's JSONL lines. */
  private String jsonType() {
    return switch (this) {
      case FIGURES -> "figure";
      case OFFICIALS -> "official";
      case DOCUMENTS -> "document_ref";
      case PLACES -> "place";
      case ARTICLES -> "article";
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
