package org.canbo.extract.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.canbo.nlp.ner.Gazetteer;

/**
 * The persons named so far in one document, in text order, to resolve anaphors: a bare "ông" /
 * "bà" / "đồng chí" refers to the person named last, "ông Hùng" to the last one whose name ends in
 * "Hùng" (tone marks and case aside). One per document; not thread-safe.
 */
final class DocumentPersons {
  /** A named mention: the name as printed, its sentence and character offsets. */
  record Named(String name, int sentence, int start, int end) {}

  private final List<Named> named = new ArrayList<>();

  void add(Named n) {
    named.add(n);
  }

  /** The person {@code givenName} (null: anyone) refers to, the latest first. */
  Optional<Named> resolve(String givenName) {
    String given = givenName == null ? null : Gazetteer.key(givenName);
    for (int i = named.size() - 1; i >= 0; i--) {
      Named n = named.get(i);
      if (given == null || Gazetteer.key(n.name()).endsWith(" " + given)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }
}
