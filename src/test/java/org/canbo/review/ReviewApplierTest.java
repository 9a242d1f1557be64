package org.canbo.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.canbo.model.Annotations;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.Figure;
import org.junit.jupiter.api.Test;

class ReviewApplierTest {
  static final String ID = "000_7ea46ac1337f9b94";
  static final String TEXT = "Trong giai đoạn 2016-2018, thị xã đã luân chuyển 10 cán bộ ở các phòng, "
      + "ban, về giữ chức vụ chủ chốt ở xã, phường; chuyển đổi vị trí công tác đối với 41 công chức "
      + "xã, phường. Thị xã đã thi hành kỷ luật 47 cán bộ, công chức, viên chức.";

  static Document article(String text) {
    return article(text, "47 cán bộ", 47);
  }

  static Document article(String text, String discipline, int value) {
    return Document.of(ID, null, text, ArticleMetadata.EMPTY).withAnnotations(new Annotations(
        List.of(figure(text, "10 cán bộ", 10, "rotation"), figure(text, "41 công chức", 41,
            "position_change"), figure(text, discipline, value, "discipline"))));
  }

  static Figure figure(String text, String surface, int value, String category) {
    int at = text.indexOf(surface);
    return new Figure(surface, BigDecimal.valueOf(value), "count", null,
        surface.substring(surface.indexOf(' ') + 1), false, category, null, "value", null, null,
        "thị xã Quảng Yên", null, null, ID, 0, at, at + surface.length(), 0.7);
  }

  static Review review(Document d, String surface, ReviewAction action, ObjectNode fields) {
    int at = d.text().indexOf(surface);
    Review r = new Review(ID, ItemType.FIGURE, at, at + surface.length(), action, fields, "Lan",
        null, "2024-05-01T10:00:00Z", null, null);
    return new ReviewAnchor(d.text()).anchor(r);
  }

  static ObjectNode fields() {
    return JsonNodeFactory.instance.objectNode();
  }

  @Test
  void confirmCorrectRejectAndAddChangeTheFigures() {
    Document d = article(TEXT);
    List<Review> reviews = List.of(
        review(d, "10 cán bộ", ReviewAction.CONFIRM, null),
        review(d, "41 công chức", ReviewAction.CORRECT, fields().put("value", 14)),
        review(d, "41 công chức", ReviewAction.CORRECT,
            fields().put("value", 41).put("category", "transfer")),
        review(d, "47 cán bộ", ReviewAction.REJECT, null),
        review(d, "2016-2018", ReviewAction.ADD, fields().put("value", 2016).put("kind", "count")
            .put("category", "other")));
    ReviewedDocument out = new ReviewApplier(false).apply(d, reviews);

    assertThat(out.stale()).isEmpty();
    assertThat(out.document().annotations().figures())
        .extracting(Figure::text, f -> f.value().intValue(), Figure::category, Figure::confidence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2016-2018", 2016, "other", 1.0),
            org.assertj.core.groups.Tuple.tuple("10 cán bộ", 10, "rotation", 1.0),
            org.assertj.core.groups.Tuple.tuple("41 công chức", 41, "transfer", 1.0));
    Figure rejected = d.annotations().figures().get(2);
    assertThat(out.mark(ItemType.FIGURE, rejected.start(), rejected.end()).status())
        .isEqualTo(ReviewStatus.REJECTED);
    assertThat(new ReviewApplier(true).apply(d, reviews).document().annotations().figures())
        .extracting(Figure::text).contains("47 cán bộ");
  }

  @Test
  void afterTheTextChangedMatchingReviewsMoveAndTheOthersAreStale() {
    Document before = article(TEXT);
    List<Review> reviews = List.of(
        review(before, "10 cán bộ", ReviewAction.CONFIRM, null),
        review(before, "47 cán bộ", ReviewAction.CORRECT, fields().put("value", 46)));
    // Re-ingested: a lead paragraph added, and the discipline figure rewritten.
    String changed = "Quảng Yên tập trung xây dựng đội ngũ cán bộ.\n\n"
        + TEXT.replace("47 cán bộ", "48 cán bộ");
    Document after = article(changed, "48 cán bộ", 48);

    ReviewedDocument out = new ReviewApplier(false).apply(after, reviews);

    Figure moved = after.annotations().figures().get(0);
    assertThat(moved.start()).isGreaterThan(reviews.get(0).start());
    assertThat(out.mark(ItemType.FIGURE, moved.start(), moved.end()).status())
        .isEqualTo(ReviewStatus.CONFIRMED);
    assertThat(out.stale()).singleElement().satisfies(s -> {
      assertThat(s.review().text()).isEqualTo("47 cán bộ");
      assertThat(s.reason()).contains("no longer in the article");
    });
    assertThat(out.document().annotations().figures()).extracting(Figure::text)
        .contains("48 cán bộ");
  }

  @Test
  void aCorrectionThatBreaksTheFigureIsStaleNamingTheField() {
    Document d = article(TEXT);
    ReviewedDocument out = new ReviewApplier(false).apply(d,
        List.of(review(d, "10 cán bộ", ReviewAction.CORRECT, fields().put("kind", "ratio"))));
    assertThat(out.stale()).singleElement().extracting(StaleReview::reason).asString()
        .startsWith("fields.denominator: is required when kind is ratio");
    assertThat(out.mark(ItemType.FIGURE, reviewsStart(d), reviewsStart(d) + 9).status())
        .isEqualTo(ReviewStatus.AUTO);
  }

  private static int reviewsStart(Document d) {
    return d.text().indexOf("10 cán bộ");
  }
}
