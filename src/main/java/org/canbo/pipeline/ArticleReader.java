package org.canbo.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.canbo.ingest.DocumentParser;
import org.canbo.ingest.HtmlPageReader;
import org.canbo.ingest.IngestLimits;
import org.canbo.ingest.ParseOutcome;
import org.canbo.ingest.ParsedText;
import org.canbo.ingest.SuspiciousText;
import org.canbo.ingest.metadata.MetadataExtractor;
import org.canbo.ingest.warc.ArchivedPage;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.FailureReason;
import org.canbo.model.IngestStatus;
import org.canbo.model.SourceFile;
import org.canbo.text.CanonicalText;
import org.canbo.text.CleanText;
import org.canbo.text.TextCleaner;

/**
 * Reads one file, or one page of a web archive, into a clean document: parse (Tika, isolated; an
 * archived page with the HTML reader), clean (NFC, boilerplate), then article metadata, read on
 * the text's canonical forms, which the document keeps ({@link CanonicalText#LAYER}); text that
 * looks garbled or legacy-encoded is flagged ({@link SuspiciousText}). Thread-safe when its parser
 * is.
 */
public final class ArticleReader {
  private final DocumentParser parser;
  private final MetadataExtractor metadata;
  private final HtmlPageReader pages;
  private final IngestLimits limits;
  private final TextCleaner cleaner = new TextCleaner();

  public ArticleReader(DocumentParser parser, MetadataExtractor metadata) {
    this(parser, metadata, IngestLimits.DEFAULTS);
  }

  /** {@code limits} cut archived pages, which are read in this JVM, not by {@code parser}. */
  public ArticleReader(DocumentParser parser, MetadataExtractor metadata, IngestLimits limits) {
    this.parser = parser;
    this.metadata = metadata;
    this.pages = new HtmlPageReader(limits);
    this.limits = limits;
  }

  /** The limits archived pages are held to (a larger page is reported, not read). */
  public IngestLimits limits() {
    return limits;
  }

  /** Reads {@code file} as document {@code id}; {@code sha256} and size go into its provenance. */
  public ReadResult read(Path file, String id, String sha256, long bytes) {
    return read(parser.parse(file), id, new Origin(file.toString(), bytes, sha256, null, null));
  }

  /**
   * Reads a page captured in a web archive as document {@code id}: the HTTP charset honoured, the
   * page's address (the record's target URI) as its url and the capture date as when it was
   * fetched. Pages are read in this JVM: jsoup holds no native state and cannot hang on input.
   */
  public ReadResult read(ArchivedPage page, String archivePath, String id, String sha256) {
    ParseOutcome outcome;
    try {
      outcome = pages.read(page.body(), page.charset());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      outcome = new ParseOutcome.Failure(FailureReason.CORRUPT, e.toString());
    }
    String fetched = page.fetched() == null ? null : page.fetched().toString();
    return read(outcome, id, new Origin(archivePath + "#offset=" + page.offset(),
        page.body().length, sha256, fetched, page.uri()));
  }

  /** Where a document was read from; {@code url} overrides what the page itself states. */
  private record Origin(String path, long bytes, String sha256, String fetched, String url) {}

  private ReadResult read(ParseOutcome outcome, String id, Origin origin) {
    if (outcome instanceof ParseOutcome.Failure failure) {
      return new ReadResult.Failed(failure);
    }
    ParsedText parsed = ((ParseOutcome.Success) outcome).parsed();
    CleanText clean = cleaner.clean(parsed.text());
    if (clean.text().isBlank()) {
      return new ReadResult.Failed(
          new ParseOutcome.Failure(FailureReason.NO_TEXT, "only boilerplate or whitespace"));
    }
    // Made once: the metadata is read on it, and the stages that match on it take it from the document.
    CanonicalText canonical = CanonicalText.of(clean.text());
    ArticleMetadata meta = metadata.extract(clean, canonical.canonical(), parsed.properties());
    if (origin.url() != null) {
      meta = new ArticleMetadata(meta.title(), meta.date(), meta.source(), meta.author(),
          meta.locality(), meta.province(), origin.url());
    }
    // Checked on the decoded text before cleaning, which would hide some of what it counts.
    List<String> flags = new ArrayList<>(parsed.flags());
    flags.addAll(SuspiciousText.flags(parsed.text()));
    SourceFile source = new SourceFile(origin.path(), origin.bytes(), origin.sha256(),
        parsed.mediaType(), parsed.charset(), flags, parsed.properties().containsKey(ParsedText.OCR),
        parsed.properties().get(ParsedText.LEGACY_ENCODING), origin.fetched());
    IngestStatus status = parsed.truncated() ? IngestStatus.TRUNCATED : IngestStatus.OK;
    return new ReadResult.Read(
        new Document(id, source, clean.text(), meta, clean.pages(), status, java.util.Map.of())
            .withLayer(CanonicalText.LAYER, canonical));
  }
}
