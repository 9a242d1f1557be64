package org.canbo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.canbo.text.Nfc;

/**
 * Reads a plain-text file as paragraphs, streaming: each non-blank line is one paragraph (NFC,
 * joined by {@code '\n'}), and reading stops once {@code maxChars} are kept, so a 90 MB file costs
 * about {@code maxChars} of memory, not several copies of the file. A line longer than a chunk
 * (a file without line breaks) is normalised a chunk at a time, cut before white space. A file
 * already in memory (an article: a few KB) is decoded in one go, a valid UTF-8 one by the very
 * decoding that proves it valid, with the same text as a result.
 */
final class PlainTextReader {
  /** Longest stretch of one line held before it is normalised and kept. */
  static final int CHUNK = 1 << 20;

  /** The paragraphs read, the charset used and whether the text went on past the limit. */
  record Result(String text, Charset charset, boolean truncated) {}

  private final int maxChars;
  private final StringBuilder out = new StringBuilder();
  private final StringBuilder line = new StringBuilder();
  /** The normalised part of a long line already moved out of {@link #line}. */
  private final StringBuilder longLine = new StringBuilder();
  private boolean truncated;
  private boolean afterCr;
  private boolean first = true;

  private PlainTextReader(int maxChars) {
    this.maxChars = maxChars;
  }

  static Result read(Path file, int maxChars) throws IOException {
    Charset charset = TextDecoder.detect(file);
    PlainTextReader reader = new PlainTextReader(maxChars);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(3);
      int bom = TextDecoder.bomLength(head);
      // Undecodable bytes become U+FFFD, which the suspicious-text check counts.
      Reader chars = new InputStreamReader(new java.io.SequenceInputStream(
          new java.io.ByteArrayInputStream(head, bom, head.length - bom), in),
          charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE));
      reader.consume(chars);
    }
    return reader.result(charset);
  }

  /** As {@link #read(Path, int)} for a file's whole {@code bytes}. */
  static Result read(byte[] bytes, int maxChars) throws IOException {
    TextDecoder.Detected detected = TextDecoder.detectDecoding(bytes);
    CharBuffer chars = detected.utf8();
    if (chars == null) {
      int bom = TextDecoder.bomLength(bytes);
      chars = detected.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom));
    }
    PlainTextReader reader = new PlainTextReader(maxChars);
    reader.consume(chars.array(), chars.arrayOffset() + chars.position(),
        chars.arrayOffset() + chars.limit());
    reader.finish();
    return reader.result(detected.charset());
  }

  private Result result(Charset charset) {
    String text = out.length() > maxChars
        ? out.substring(0, ParagraphContentHandler.safeCut(out, maxChars))
        : out.toString();
    return new Result(text, charset, truncated);
  }

  private void consume(Reader chars) throws IOException {
    char[] buffer = new char[64 * 1024];
    for (int n = chars.read(buffer); n >= 0 && !truncated; n = chars.read(buffer)) {
      consume(buffer, 0, n);
    }
    finish();
  }

  /** Takes {@code chars[from, to)}, the next chars of the text. */
  private void consume(char[] chars, int from, int to) {
    for (int i = from; i < to && !truncated; i++) {
      char c = chars[i];
      if (first && c == '\uFEFF') {
        first = false;
        continue; // a BOM the byte check did not see (e.g. after a UTF-16 guess)
      }
      first = false;
      if (c == '\n' && afterCr) {
        afterCr = false;
        continue;
      }
      afterCr = c == '\r';
      if (c == '\n' || c == '\r') {
        endLine();
      } else {
        line.append(c);
        if (line.length() >= CHUNK) {
          moveChunk();
        }
      }
    }
  }

  /** After the last chars: the last line, unless the limit already stopped reading. */
  private void finish() {
    if (!truncated) {
      endLine();
    }
  }

  /** Normalises the held part of a long line up to its last white space. */
  private void moveChunk() {
    int cut = line.length();
    for (int i = line.length() - 1; i > 0; i--) {
      if (Character.isWhitespace(line.charAt(i))) {
        cut = i;
        break;
      }
    }
    longLine.append(Nfc.normalize(line.subSequence(0, cut)));
    line.delete(0, cut);
    if (isBlank(longLine)) {
      longLine.setLength(0); // white space leading a huge line: nothing to keep, nothing to hold
      return;
    }
    if (out.length() + longLine.length() > maxChars) {
      // Already past the limit: the rest of the file cannot be kept.
      keep(longLine);
      truncated = true;
    }
  }

  private void endLine() {
    longLine.append(Nfc.normalize(line));
    line.setLength(0);
    if (!isBlank(longLine)) {
      keep(longLine);
    }
    longLine.setLength(0);
  }

  private static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void keep(CharSequence paragraph) {
    if (out.length() > maxChars) {
      truncated = true;
      return;
    }
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(paragraph);
    truncated = out.length() > maxChars;
  }
}
