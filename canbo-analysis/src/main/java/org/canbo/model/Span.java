package org.canbo.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a document's clean text, with a
 * type. Covered text is derived from the document, never stored.
 */
public record Span(int start, int end, String type) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") of type " + type);
    }
    if (type == null || type.isEmpty()) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") has no type");
    }
  }

  /** The covered text of this span in {@code text}. */
  public String coveredText(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") beyond text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  public int length() {
    return end - start;
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
