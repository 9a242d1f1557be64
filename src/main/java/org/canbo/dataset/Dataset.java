package org.canbo.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.canbo.model.Document;
import org.canbo.model.Figure;

/**
 * The datasets canbo writes, each as rows for CSV (flat, fixed columns) and as JSON objects for
 * JSONL (figures keep the schema's field names and nested period, plus provenance).
 */
public enum Dataset {
  FIGURES(FigureRow.class),
  ARTICLES(ArticleRow.class);

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Class<? extends Record> rowType;

  Dataset(Class<? extends Record> rowType) {
    this.rowType = rowType;
  }

  /** Parses "figures" / "articles" (any case). */
  public static Dataset parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown dataset '" + name + "': use figures or articles");
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
    };
  }

  /** The JSONL objects of one document. */
  public List<ObjectNode> objects(Document d) {
    return switch (this) {
      case FIGURES -> d.annotations().figures().stream().map(f -> figureObject(d, f)).toList();
      case ARTICLES -> List.of(JSON.valueToTree(ArticleRow.of(d)));
    };
  }

  private static ObjectNode figureObject(Document d, Figure f) {
    ObjectNode out = JSON.createObjectNode().put("type", "figure");
    out.setAll((ObjectNode) JSON.valueToTree(f));
    out.put("page", d.pages().pageOf(f.start()));
    return out;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
