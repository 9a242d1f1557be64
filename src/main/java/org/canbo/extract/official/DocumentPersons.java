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

  /**
   * The person an anaphor refers to, the latest first: one whose name ends in {@code givenName}
   * (null: anyone), not a man for "bà" nor a woman for "ông" when the middle name tells ("Văn",
   * "Thị").
   */
  Optional<Named> resolve(String pronoun, String givenName) {
    String given = givenName == null ? null : Gazetteer.key(givenName);
    String excluded = switch (Gazetteer.key(pronoun)) {
      case "bà" -> " văn ";
      case "ông" -> " thị ";
      default -> null;
    };
    for (int i = named.size() - 1; i >= 0; i--) {
      String name = " " + Gazetteer.key(named.get(i).name()) + " ";
      if ((given == null || name.endsWith(" " + given + " "))
          && (excluded == null || !name.contains(excluded))) {
        return Optional.of(named.get(i));
      }
    }
    return Optional.empty();
  }
}
