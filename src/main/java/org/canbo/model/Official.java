package org.canbo.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A named person holding a public or party post, merged over the article's mentions (the union of
 * their titles, as printed), with the gold schema's fields (type "official") plus provenance of the
 * first mention: document id, sentence index and UTF-16 offsets of the name in the clean text.
 */
@JsonPropertyOrder({
  "name", "titles", "org_locality", "province", "confidence", "doc", "sentence", "start", "end"
})
public record Official(
    String name,
    List<String> titles,
    @JsonProperty("org_locality") String orgLocality,
    String province,
    String doc,
    int sentence,
    int start,
    int end,
    double confidence) {
  public Official {
    Confidence.check(confidence, name);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an official needs a name");
    }
    titles = titles == null ? List.of() : List.copyOf(titles);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ") for " + name);
    }
  }

  /** A copy with the confidence replaced. */
  public Official withConfidence(double newConfidence) {
    return new Official(name, titles, orgLocality, province, doc, sentence, start, end,
        newConfidence);
  }
}
