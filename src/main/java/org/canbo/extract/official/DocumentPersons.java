package org.canbo.extract.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.canbo.nlp.ner.Gazetteer;

/**
 * The persons named so far in one document, in text order, to resolve anaphors: a bare "ông" /
 * "bà" / "đồng chí" refers to the person named last, "ông Hùng" to the last one whose name ends in
 * "Hùng" (tone marks and case aside). Names of sentences without posts are found only when an
 * anaphor needs them: most documents have none. One per document; not thread-safe.
 */
final class DocumentPersons {
  /** A named mention: the name as printed, its sentence and character offsets. */
  record Named(String name, int sentence, int start, int end) {}

  /** In text order: a named mention, or the names of a sentence not looked for yet. */
  private final List<Supplier<List<Named>>> named = new ArrayList<>();

  void add(Named n) {
    named.add(() -> List.of(n));
  }

  /** The names of a sentence, found when first needed. */
  void addLater(Supplier<List<Named>> names) {
    named.add(new Supplier<>() {
      private List<Named> found;

      @Override
      public List<Named> get() {
        found = found == null ? names.get() : found;
        return found;
      }
    });
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
      List<Named> here = named.get(i).get();
      for (int k = here.size() - 1; k >= 0; k--) {
        String name = " " + Gazetteer.key(here.get(k).name()) + " ";
        if ((given == null || name.endsWith(" " + given + " "))
            && (excluded == null || !name.contains(excluded))) {
          return Optional.of(here.get(k));
        }
      }
    }
    return Optional.empty();
  }
}
