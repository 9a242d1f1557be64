package org.canbo.index;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.extract.document.DocumentKeys;
import org.canbo.model.DocumentRef;

/**
 * The terms that let "04-NQ/TU", "Nghị quyết 04", "Nghị quyết số 04-NQ/TU" and the key "NQ-04-TU"
 * find the same cited document: for each reference the index holds its key, the key without issuer
 * and term ("NQ-04") and its number as printed; a user's input is turned into the same forms.
 */
final class CiteTerms {
  /** "Nghị quyết số 04", "Quy định 07-QĐ/TU": words naming the kind, then the number. */
  private static final Pattern KIND_AND_NUMBER =
      Pattern.compile("^\\s*([\\p{L} ]+?)\\s+(?:số\\s+)?(\\d[\\p{L}\\d\\s./–-]*)$");
  private final DocumentKeys keys;

  CiteTerms(DocumentKeys keys) {
    this.keys = keys;
  }

  /** Terms indexed for one reference. */
  static Set<String> indexed(DocumentRef ref) {
    Set<String> terms = new LinkedHashSet<>();
    if (ref.key() != null) {
      terms.add(ref.key());
      terms.add(kindAndId(ref.key()));
    }
    if (ref.number() != null) {
      terms.add(AnnotationFields.citeKey(ref.number()));
    }
    return terms;
  }

  /** Terms any of which a citing article holds, for what a user typed. */
  Set<String> query(String input) {
    Set<String> terms = new LinkedHashSet<>();
    String trimmed = input.strip();
    terms.add(AnnotationFields.citeKey(trimmed));
    terms.add(trimmed.toUpperCase(Locale.ROOT)); // a key typed as such: "NQ-04-TU"
    keys.keyOfSymbol(trimmed).ifPresent(terms::add);
    Matcher m = KIND_AND_NUMBER.matcher(trimmed);
    if (m.matches()) {
      String key = keys.key(m.group(1), m.group(2), null, null, null);
      terms.add(kindAndId(key));
      keys.keyOfSymbol(m.group(2)).ifPresent(terms::add);
    }
    return terms;
  }

  /** "NQ-04-TU" → "NQ-04": the kind and number, whatever the issuer. */
  private static String kindAndId(String key) {
    String[] parts = key.split("-");
    return parts.length >= 2 ? parts[0] + "-" + parts[1] : key;
  }
}
