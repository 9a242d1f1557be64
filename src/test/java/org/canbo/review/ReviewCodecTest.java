package org.canbo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewCodecTest {
  private static final String CORRECT = "{\"doc\": \"000_7ea46ac1337f9b94\", \"type\": \"figure\", "
      + "\"start\": 10, \"end\": 21, \"action\": \"correct\", \"fields\": {\"value\": 12, "
      + "\"category\": \"rotation\", \"period\": {\"start\": \"2016\", \"end\": \"2018\"}}, "
      + "\"reviewer\": \"Lan\", \"note\": \"đếm lại\"}";

  @Test
  void readsTheContractLineAndWritesItBack() {
    Review r = ReviewCodec.parse(CORRECT);
    assertThat(r.type()).isEqualTo(ItemType.FIGURE);
    assertThat(r.action()).isEqualTo(ReviewAction.CORRECT);
    assertThat(r.fields().get("value").intValue()).isEqualTo(12);
    assertThat(r.note()).isEqualTo("đếm lại");
    assertThat(ReviewCodec.parse(ReviewCodec.line(r))).isEqualTo(r);
    assertThat(ReviewCodec.line(r)).startsWith("{\"doc\":\"000_7ea46ac1337f9b94\",\"type\":\"figure\"");
  }

  @Test
  void unknownFieldIsAnErrorNamingIt() {
    assertThatThrownBy(() -> ReviewCodec.parse(CORRECT.replace("\"category\"", "\"categry\"")))
        .isInstanceOf(InvalidReviewException.class)
        .hasMessageStartingWith("fields.categry: is not a field of a figure")
        .extracting(e -> ((InvalidReviewException) e).field()).isEqualTo("fields.categry");
  }

  @Test
  void invalidValuesNameTheirField() {
    assertField(CORRECT.replace("\"rotation\"", "\"luân chuyển\""), "fields.category");
    assertField(CORRECT.replace("12,", "\"mười hai\","), "fields.value");
    assertField(CORRECT.replace("\"2016\"", "\"năm 2016\""), "fields.period");
    assertField(CORRECT.replace("\"correct\"", "\"approve\""), "action");
    assertField(CORRECT.replace("\"figure\"", "\"person\""), "type");
    assertField(CORRECT.replace("\"end\": 21", "\"end\": 5"), "end");
    assertField(CORRECT.replace("\"start\": 10", "\"start\": \"10\""), "start");
    assertField(CORRECT.replace("\"note\"", "\"comment\""), "comment");
    assertField("{\"doc\": \"a\", \"type\": \"official\", \"start\": 0, \"end\": 3, "
        + "\"action\": \"correct\", \"fields\": {\"titles\": \"Bí thư\"}}", "fields.titles");
    assertField("{\"doc\": \"a\", \"type\": \"document_ref\", \"start\": 0, \"end\": 3, "
        + "\"action\": \"add\", \"fields\": {\"number\": \"04-NQ/TU\"}}", "fields.doc_type");
    assertField("{\"doc\": \"a\", \"type\": \"figure\", \"start\": 0, \"end\": 3, "
        + "\"action\": \"reject\", \"fields\": {\"value\": 3}}", "fields");
    assertField("not json", "json");
  }

  private static void assertField(String line, String field) {
    assertThatThrownBy(() -> ReviewCodec.parse(line))
        .isInstanceOf(InvalidReviewException.class)
        .extracting(e -> ((InvalidReviewException) e).field()).isEqualTo(field);
  }
}
