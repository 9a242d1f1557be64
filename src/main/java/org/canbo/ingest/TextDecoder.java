package org.canbo.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;

/**
 * Decodes the bytes of a text file to NFC: BOM, strict UTF-8, UTF-16 without BOM, Windows-1258
 * when it reads as Vietnamese, else Tika's detectors (which call Windows-1258 "ISO-8859-1").
 */
final class TextDecoder {
  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
  private static final int SAMPLE = 64 * 1024;

  /** Decoded NFC text and the charset that produced it. */
  record Decoded(String text, Charset charset) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) throws IOException {
    Charset charset = detect(bytes);
    int skip = bomLength(bytes);
    String raw = new String(bytes, skip, bytes.length - skip, charset);
    if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
      raw = raw.substring(1);
    }
    // Windows-1258 and many Vietnamese keyboards yield combining marks; everything downstream is NFC.
    return new Decoded(Normalizer.normalize(raw, Normalizer.Form.NFC), charset);
  }

  static Charset detect(byte[] bytes) throws IOException {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      return bom;
    }
    if (isValidUtf8(bytes)) {
      return StandardCharsets.UTF_8;
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return utf16;
    }
    if (VietnameseScore.looksVietnamese(new String(bytes, 0, Math.min(bytes.length, SAMPLE),
        WINDOWS_1258))) {
      return WINDOWS_1258;
    }
    return tikaGuess(bytes);
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

  private static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
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

  private static Charset tikaGuess(byte[] bytes) throws IOException {
    int n = Math.min(bytes.length, SAMPLE);
    try (AutoDetectReader reader =
        new AutoDetectReader(new ByteArrayInputStream(bytes, 0, n), new Metadata())) {
      return reader.getCharset();
    } catch (TikaException e) {
      // No detector was confident; Latin-1 maps every byte, so nothing is lost.
      return StandardCharsets.ISO_8859_1;
    }
  }
}
