package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.ingest.TikaDocumentParserTest.success;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-column PDF written row by row reads column by column, not as interleaved rows. */
class PdfColumnsTest {
  private final TikaDocumentParser parser = new TikaDocumentParser(
      IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS));
  @TempDir Path dir;

  @Test
  void rowByRowColumnsComeOutOneColumnAfterTheOther() throws IOException {
    List<String> paragraphs = Fixtures.paragraphs(Fixtures.SEED);
    String headline = paragraphs.get(0);
    List<String> left = paragraphs.subList(3, 6);
    List<String> right = paragraphs.subList(6, 9);
    Path pdf = dir.resolve("two-columns.pdf");
    Fixtures.twoColumnPdf(headline, left, right, pdf);

    List<String> expected = new ArrayList<>(List.of(headline));
    expected.addAll(left);
    expected.addAll(right);
    assertThat(Fixtures.lines(success(parser.parse(pdf)).text())).isEqualTo(expected);
  }
}
