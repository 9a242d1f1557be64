package org.canbo.nlp.segment;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * Streams text line by line into underscore form: one output line per input line, words
 * separated by one space, syllables of a word joined by {@code _}, every non-space character kept.
 *
 * <p>Memory stays bounded on endless input and megabyte-long lines: a line longer than {@link
 * #MAX_CHUNK} chars is segmented in pieces cut at a sentence end or, failing that, a space.
 */
public final class LineSegmenter {
  /** Longest piece of a line segmented at once. */
  public static final int MAX_CHUNK = 1 << 16;
  private final VietnameseSegmenter segmenter;
  private final Workspace workspace;
  private final int maxChunk;

  public LineSegmenter(VietnameseSegmenter segmenter) {
    this(segmenter, MAX_CHUNK);
  }

  LineSegmenter(VietnameseSegmenter segmenter, int maxChunk) {
    this.segmenter = segmenter;
    this.workspace = segmenter.newWorkspace();
    this.maxChunk = maxChunk;
  }

  /** Copies {@code in} to {@code out} segmented; flushes whenever the input has nothing ready. */
  public void run(Reader in, Writer out) throws IOException {
    char[] buffer = new char[8192];
    StringBuilder line = new StringBuilder();
    boolean[] lineHasWords = {false};
    boolean pendingCr = false;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      for (int i = 0; i < n; i++) {
        char c = buffer[i];
        if (c == '\n') {
          pendingCr = false;
          writeWords(line, line.length(), out, lineHasWords);
          out.write('\n');
          lineHasWords[0] = false;
          continue;
        }
        if (pendingCr) {
          line.append('\r'); // a lone CR is whitespace inside the line
          pendingCr = false;
        }
        if (c == '\r') {
          pendingCr = true; // dropped when a LF follows: CRLF ends the line like LF
          continue;
        }
        line.append(c);
        if (line.length() >= maxChunk) {
          writeWords(line, cut(line), out, lineHasWords);
        }
      }
      if (!in.ready()) {
        out.flush();
      }
    }
    if (line.length() > 0 || lineHasWords[0] || pendingCr) {
      writeWords(line, line.length(), out, lineHasWords);
      out.write('\n');
    }
    out.flush();
  }

  /** Segments {@code line[0, end)}, writes it and removes it from {@code line}. */
  private void writeWords(StringBuilder line, int end, Writer out, boolean[] started)
      throws IOException {
    String text = line.substring(0, end);
    line.delete(0, end);
    segmenter.segment(text, workspace, (s, e, type) -> {
      try {
        if (started[0]) {
          out.write(' ');
        }
        started[0] = true;
        for (int i = s; i < e; i++) {
          char c = text.charAt(i);
          out.write(Chars.isSpace(c) ? '_' : c);
        }
      } catch (IOException x) {
        throw new java.io.UncheckedIOException(x);
      }
    });
  }

  /** Where to cut a too-long line: after the last sentence end, else at the last space. */
  static int cut(CharSequence line) {
    int lastSpace = -1;
    for (int i = line.length() - 1; i > 0; i--) {
      char c = line.charAt(i);
      if (Chars.isSpace(c)) {
        if (Chars.endsSentence(line.charAt(i - 1)) && i > line.length() / 2) {
          return i;
        }
        if (lastSpace < 0) {
          lastSpace = i;
        }
      }
    }
    if (lastSpace > 0) {
      return lastSpace;
    }
    int end = line.length();
    return Character.isHighSurrogate(line.charAt(end - 1)) ? end - 1 : end;
  }
}
