package org.canbo.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.canbo.model.DocumentRef;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.text.TextCleaner;

/** Shared set-up: one gazetteer and extractor for all document-reference tests. */
final class DocumentTestSupport {
  static final Gazetteer GAZETTEER = Gazetteer.load();
  static final DocumentRefExtractor EXTRACTOR = new DocumentRefExtractor(GAZETTEER);

  private DocumentTestSupport() {}

  /** References of one article file, with offsets and text checked against the clean text. */
  static List<DocumentRef> extract(Path file) {
    try {
      String text = new TextCleaner().clean(Files.readString(file)).text();
      String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
      return checked(text, EXTRACTOR.extract(id, text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** References of a snippet. */
  static List<DocumentRef> extract(String text) {
    return checked(text, EXTRACTOR.extract("t", text));
  }

  private static List<DocumentRef> checked(String text, List<DocumentRef> refs) {
    for (DocumentRef r : refs) {
      assertThat(text.substring(r.start(), r.end())).isEqualTo(r.text());
      assertThat(r.sentence()).isGreaterThanOrEqualTo(0);
    }
    return refs;
  }
}
