import java.math.BigDecimal;
import java.util.*;
import org.canbo.dataset.*;
import org.canbo.model.*;
import org.canbo.review.*;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Harness: time to apply 10,000 reviews to an export of 100,000 figures (run: java -cp target/canbo.jar tools/ApplyReviewsBench.java). */
public class ApplyReviewsBench {
  public static void main(String[] a) throws Exception {
    String sentence = "Thị xã đã luân chuyển 10 cán bộ về cơ sở. ";
    String text = sentence.repeat(10);
    List<Document> docs = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    String sha = ReviewAnchor.sha256(text);
    for (int d = 0; d < 10_000; d++) {
      String id = String.format("doc%05d", d);
      List<Figure> figs = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        int at = i * sentence.length() + sentence.indexOf("10 cán bộ");
        figs.add(new Figure("10 cán bộ", BigDecimal.TEN, "count", null, "cán bộ", false, "rotation", null, "value", null, null, null, null, null, id, i, at, at + 9, 0.7));
      }
      docs.add(Document.of(id, null, text, ArticleMetadata.EMPTY).withAnnotations(new Annotations(figs)));
      int at = (d % 10) * sentence.length() + sentence.indexOf("10 cán bộ");
      reviews.add(new Review(id, ItemType.FIGURE, at, at + 9, ReviewAction.CORRECT, JsonNodeFactory.instance.objectNode().put("value", 11), "Lan", null, "2024-01-01T00:00:00Z", "10 cán bộ", sha));
    }
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      DatasetWriter plain = new DatasetWriter(Dataset.FIGURES, DatasetFormat.CSV, java.io.OutputStream.nullOutputStream(), false, RowFilter.all());
      for (Document d : docs) plain.write(d);
      plain.close();
      long t1 = System.nanoTime();
      ReviewedRows rows = new ReviewedRows(new ReviewSet(reviews), false);
      DatasetWriter w = new DatasetWriter(Dataset.FIGURES, DatasetFormat.CSV, java.io.OutputStream.nullOutputStream(), false, RowFilter.all());
      for (Document d : docs) rows.write(w, d);
      w.close();
      long t2 = System.nanoTime();
      System.out.printf("rows %d: export without reviews %.2f s, with 10000 reviews %.2f s (+%.2f s)%n", w.rows(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, ((t2 - t1) - (t1 - t0)) / 1e9);
    }
  }
}
