package org.canbo.extract.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.canbo.nlp.ner.PostVocabulary.Kind;

/**
 * Finds the anaphors of one sentence: "ông", "bà" or "đồng chí" that is not followed by a full
 * name, alone ("ông từng giữ chức ...") or with a given name only ("ông Hùng là ..."). Plural and
 * generic uses ("các đồng chí", "ông bà", "hai ông") are not anaphors. Stateless.
 */
final class Anaphors {
  private static final Set<String> PRONOUNS = Set.of("ông", "bà", "đồng chí");
  private static final Set<String> NOT_BEFORE = Set.of("các", "những", "mấy", "vị", "hai", "ba",
      "ông", "bà", "cụ", "của");

  private Anaphors() {}

  /** The anaphors among tokens not covered by {@code named}, in text order. */
  static List<PersonSpan> find(TaggedSentence t, List<PersonSpan> named) {
    List<PersonSpan> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.startsSpan(i) != Kind.HONORIFIC || !isPronoun(t, i) || isPlural(t, i)) {
        continue;
      }
      int after = t.spanEnd(i);
      if (startsNamed(named, after) || t.isCapitalised(after) && t.isCapitalised(after + 1)) {
        continue; // a full name, or a capitalised run no finder kept
      }
      int end = t.isCapitalised(after) && t.kindAt(after) == null ? after + 1 : after;
      out.add(new PersonSpan(i, end, true));
      i = end - 1;
    }
    return out;
  }

  /** The pronoun of an anaphor ("ông", "bà", "đồng chí"). */
  static String pronoun(TaggedSentence t, PersonSpan anaphor) {
    StringBuilder b = new StringBuilder();
    for (int k = anaphor.start(); k < t.spanEnd(anaphor.start()); k++) {
      b.append(k == anaphor.start() ? "" : " ").append(t.token(k));
    }
    return b.toString();
  }

  /** The given name of a short anaphor ("Hùng" of "ông Hùng"), or null for a bare one. */
  static String givenName(TaggedSentence t, PersonSpan anaphor) {
    int last = anaphor.end() - 1;
    return t.kindAt(last) == Kind.HONORIFIC ? null : t.token(last);
  }

  private static boolean isPronoun(TaggedSentence t, int i) {
    return PRONOUNS.contains(pronoun(t, new PersonSpan(i, t.spanEnd(i), true))
        .toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isPlural(TaggedSentence t, int i) {
    return i > 0 && NOT_BEFORE.contains(t.token(i - 1).toLowerCase(java.util.Locale.ROOT))
        || t.is(t.spanEnd(i), "bà", "ông", ":");
  }

  private static boolean startsNamed(List<PersonSpan> named, int at) {
    return named.stream().anyMatch(p -> p.start() == at);
  }
}
