package org.canbo.index.copies;

import java.util.Set;
import org.apache.lucene.document.StoredField;

/** Lucene documents as versions before {@link CopyFields#SIGNATURE_VALUES} wrote them. */
final class OlderVersion {
  private OlderVersion() {}

  /** {@code current} with its signature {@code terms} stored, not in doc values. */
  static org.apache.lucene.document.Document document(
      org.apache.lucene.document.Document current, Set<String> terms) {
    current.removeFields(CopyFields.SIGNATURE_VALUES);
    current.add(new StoredField(CopyFields.SIGNATURE_STORED, String.join(" ", terms)));
    return current;
  }
}
