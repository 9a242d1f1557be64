package org.canbo.ingest.warc;

/**
 * How many capture records of archives were not articles, by kind: revisits (the payload is
 * elsewhere, unchanged), responses that were not HTML, responses whose status was not 200, and
 * pages whose address was captured earlier in the same run (the first capture is kept).
 */
public record SkippedRecords(int revisits, int notHtml, int notOk, int repeated) {
  public static final SkippedRecords NONE = new SkippedRecords(0, 0, 0, 0);

  public int total() {
    return revisits + notHtml + notOk + repeated;
  }

  public SkippedRecords plus(SkippedRecords other) {
    return new SkippedRecords(revisits + other.revisits, notHtml + other.notHtml,
        notOk + other.notOk, repeated + other.repeated);
  }

  /** "12 (3 revisits, 7 not HTML, 1 not status 200, 1 address captured again)". */
  public String describe() {
    return String.format("%d (%d revisits, %d not HTML, %d not status 200, %d address captured "
        + "again)", total(), revisits, notHtml, notOk, repeated);
  }
}
