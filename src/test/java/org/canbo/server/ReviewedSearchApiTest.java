package org.canbo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.server.TestServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /api/search and /api/trend see a review as soon as POST /api/reviews stored it: figure
 * conditions, the category filter and the category facet count the reviewed values.
 */
class ReviewedSearchApiTest {
  private static final String DOC = "000_7ea46ac1337f9b94";
  @TempDir static Path tmp;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.startReviewing(tmp, "tester");
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void searchAfterEachReviewCountsTheReviewedValues() throws Exception {
    int rotation = ids("&figure=" + enc("rotation>=12")).size();
    assertThat(ids("&figure=" + enc("rotation>=12"))).doesNotContain(DOC);
    assertThat(ids("&figure=" + enc("position_change>=50"))).contains(DOC);
    long leaders = categories().get("nonlocal_leader").asLong();

    review("10 cán bộ", "correct", "{\"value\": 12}");
    assertThat(ids("&figure=" + enc("rotation>=12"))).contains(DOC).hasSize(rotation + 1);
    assertThat(server.json("/api/trend?q=*&figure=" + enc("rotation>=12")).get("articles")
        .asInt()).isEqualTo(rotation + 1);

    review("76 viên chức", "correct", "{\"value\": 7}");
    assertThat(ids("&figure=" + enc("position_change>=50"))).doesNotContain(DOC);

    assertThat(ids("&category=nonlocal_leader")).contains(DOC);
    review("8 đồng chí", "reject", "{}");
    assertThat(ids("&category=nonlocal_leader")).doesNotContain(DOC);
    assertThat(categories().path("nonlocal_leader").asLong()).isEqualTo(leaders - 1);

    assertThat(ids("&figure=" + enc("other>=2000"))).isEmpty();
    review("2016-2018", "add", "{\"value\": 2016, \"kind\": \"count\", \"category\": \"other\"}");
    assertThat(ids("&figure=" + enc("other>=2000"))).containsExactly(DOC);
    assertThat(categories().get("other").asLong()).isEqualTo(1);
  }

  private static void review(String surface, String action, String fields) throws Exception {
    String text = server.searcher.find(DOC).orElseThrow().text();
    int at = text.indexOf(surface);
    HttpResponse<String> r = server.postReview("{\"doc\": \"" + DOC
        + "\", \"type\": \"figure\", \"start\": " + at + ", \"end\": " + (at + surface.length())
        + ", \"action\": \"" + action + "\", \"fields\": " + fields + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  private static List<String> ids(String filters) throws Exception {
    List<String> ids = new ArrayList<>();
    server.json("/api/search?q=*&limit=50" + filters).get("hits")
        .forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static JsonNode categories() throws Exception {
    return server.json("/api/search?q=*&facets=1").get("facets").get("category");
  }
}
