package org.canbo.ingest;

/** Creates the parser that {@link IngestLimits#isolation()} asks for. */
public final class DocumentParsers {
  private DocumentParsers() {}

  public static DocumentParser create(IngestLimits limits) {
    return switch (limits.isolation()) {
      case PROCESS -> new IsolatedParser(limits);
      case IN_PROCESS -> new TikaDocumentParser(limits);
    };
  }
}
