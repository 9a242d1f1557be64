package org.canbo.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;

/**
 * Detects the charset of a text file: BOM, strict UTF-8, UTF-16 without BOM, Windows-1258 when it
 * reads as Vietnamese, ISO-8859-1 when it reads as TCVN3 or VNI Vietnamese, else Tika's detectors
 * (which call Windows-1258 "ISO-8859-1").
 * {@link PlainTextReader} decodes with it, streaming, and normalises to NFC.
 */
final class TextDecoder {
  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
  private static final int SAMPLE = 64 * 1024;

  private TextDecoder() {}

  static Charset detect(byte[] bytes) throws IOException {
    byte[] sample = bytes.length <= SAMPLE ? bytes : Arrays.copyOf(bytes, SAMPLE);
    return detect(sample, () -> isValidUtf8(new ByteArrayInputStream(bytes)));
  }

  /**
   * The charset {@link #detect(byte[])} finds, and {@code utf8}: the text when the strict UTF-8
   * check decoded it (the charset is UTF-8 with no BOM), else null.
   */
  record Detected(Charset charset, CharBuffer utf8) {}

  /** As {@link #detect(byte[])}, keeping the chars the UTF-8 check decodes. */
  static Detected detectDecoding(byte[] bytes) throws IOException {
    byte[] sample = bytes.length <= SAMPLE ? bytes : Arrays.copyOf(bytes, SAMPLE);
    CharBuffer[] decoded = new CharBuffer[1];
    Charset charset = detect(sample, () -> (decoded[0] = strictUtf8(bytes)) != null);
    return new Detected(charset, charset == StandardCharsets.UTF_8 ? decoded[0] : null);
  }

  /** {@code bytes} decoded as strict UTF-8, or null when they are not UTF-8. */
  private static CharBuffer strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The charset of a text file of any size: the BOM and the heuristics look at its first 64 KB,
   * the UTF-8 check streams through all of it, so no more than a buffer is ever in memory.
   */
  static Charset detect(Path file) throws IOException {
    byte[] sample;
    try (InputStream in = Files.newInputStream(file)) {
      sample = in.readNBytes(SAMPLE);
    }
    return detect(sample, () -> {
      try (InputStream in = Files.newInputStream(file)) {
        return isValidUtf8(in);
      }
    });
  }

  /** A check that reads the whole input. */
  @FunctionalInterface
  private interface WholeCheck {
    boolean test() throws IOException;
  }

  private static Charset detect(byte[] sample, WholeCheck validUtf8) throws IOException {
    Charset bom = bomCharset(sample);
    if (bom != null) {
      return bom;
    }
    if (validUtf8.test()) {
      return StandardCharsets.UTF_8;
    }
    Charset utf16 = utf16WithoutBom(sample);
    if (utf16 != null) {
      return utf16;
    }
    if (VietnameseScore.looksVietnamese(new String(sample, WINDOWS_1258))) {
      return WINDOWS_1258;
    }
    // TCVN3 and VNI bytes are Latin-1 text to every detector (ICU even guesses EBCDIC Arabic for
    // TCVN3): read them byte for byte as Latin-1, which keeps them convertible and lets the
    // suspicious-text check name the encoding.
    if (SuspiciousText.legacyEncoding(new String(sample, StandardCharsets.ISO_8859_1)) != null) {
      return StandardCharsets.ISO_8859_1;
    }
    return tikaGuess(sample);
  }

  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  static int bomLength(byte[] b) {
    Charset bom = bomCharset(b);
    if (bom == null) {
      return 0;
    }
    return bom == StandardCharsets.UTF_8 ? 3 : 2;
  }

  /** Strict UTF-8 over the whole stream, decoded a buffer at a time. */
  private static boolean isValidUtf8(InputStream in) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    boolean end = false;
    while (!end) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      end = n < 0;
      bytes.position(bytes.position() + Math.max(n, 0));
      bytes.flip();
      CoderResult result;
      do {
        chars.clear();
        result = decoder.decode(bytes, chars, end);
        if (result.isError()) {
          return false;
        }
      } while (result.isOverflow());
      bytes.compact();
    }
    chars.clear();
    return !decoder.flush(chars).isError();
  }

  /** Latin-script UTF-16 has a zero in every other byte; real 8-bit text has almost none. */
  private static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, SAMPLE) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (evenZeros * 10 > pairs * 3 && oddZeros * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    if (oddZeros * 10 > pairs * 3 && evenZeros * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static Charset tikaGuess(byte[] sample) throws IOException {
    try (AutoDetectReader reader =
        new AutoDetectReader(new ByteArrayInputStream(sample), new Metadata())) {
      return reader.getCharset();
    } catch (TikaException e) {
      // No detector was confident; Latin-1 maps every byte, so nothing is lost.
      return StandardCharsets.ISO_8859_1;
    }
  }
}
