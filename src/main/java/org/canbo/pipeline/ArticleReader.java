package org.canbo.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.canbo.ingest.DocumentParser;
import org.canbo.ingest.ParseOutcome;
import org.canbo.ingest.ParsedText;
import org.canbo.ingest.SuspiciousText;
import org.canbo.ingest.metadata.MetadataExtractor;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.FailureReason;
import org.canbo.model.IngestStatus;
import org.canbo.model.SourceFile;
import org.canbo.text.CleanText;
import org.canbo.text.TextCleaner;

/**
 * Reads one file into a clean document: parse (Tika, isolated), clean (NFC, boilerplate), then
 * article metadata; text that looks garbled or legacy-encoded is flagged ({@link SuspiciousText}).
 * Thread-safe when its parser is.
 */
public final class ArticleReader {
  private final DocumentParser parser;
  private final MetadataExtractor metadata;
  private final TextCleaner cleaner = new TextCleaner();

  public ArticleReader(DocumentParser parser, MetadataExtractor metadata) {
    this.parser = parser;
    this.metadata = metadata;
  }

  /** Reads {@code file} as document {@code id}; {@code sha256} and size go into its provenance. */
  public ReadResult read(Path file, String id, String sha256, long bytes) {
    ParseOutcome outcome = parser.parse(file);
    if (outcome instanceof ParseOutcome.Failure failure) {
      return new ReadResult.Failed(failure);
    }
    ParsedText parsed = ((ParseOutcome.Success) outcome).parsed();
    CleanText clean = cleaner.clean(parsed.text());
    if (clean.text().isBlank()) {
      return new ReadResult.Failed(
          new ParseOutcome.Failure(FailureReason.NO_TEXT, "only boilerplate or whitespace"));
    }
    ArticleMetadata meta = metadata.extract(clean, parsed.properties());
    // Checked on the decoded text before cleaning, which would hide some of what it counts.
    List<String> flags = new ArrayList<>(parsed.flags());
    flags.addAll(SuspiciousText.flags(parsed.text()));
    SourceFile source =
        new SourceFile(file.toString(), bytes, sha256, parsed.mediaType(), parsed.charset(), flags,
            parsed.properties().containsKey(ParsedText.OCR),
            parsed.properties().get(ParsedText.LEGACY_ENCODING));
    IngestStatus status = parsed.truncated() ? IngestStatus.TRUNCATED : IngestStatus.OK;
    return new ReadResult.Read(
        new Document(id, source, clean.text(), meta, clean.pages(), status, java.util.Map.of()));
  }
}
