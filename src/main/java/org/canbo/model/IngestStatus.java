package org.canbo.model;

/** How a document's ingest ended: fully read, or read only up to a limit (flagged, never silent). */
public enum IngestStatus {
  OK,
  TRUNCATED
}
