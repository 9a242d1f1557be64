package org.canbo.ingest.legacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a file's font names say about its encoding: Word, RTF and HTML files name the fonts their
 * text is set in (".VnTime" is TCVN3, "VNI-Times" is VNI), in DOCX/ODT inside the zipped XML, in
 * DOC as UTF-16 in the font table, in RTF and HTML as ASCII. Plain text names no font. The names
 * are ASCII, so they are counted on the bytes, as the regex {@code (\.Vn[A-Z])|(VNI[-_][A-Z])}
 * would count them on the text (left to right, no overlap), without decoding or copying the file.
 */
public final class FontHints {
  private static final int MAX_SCAN = 8 << 20;
  private static final Set<String> ZIPPED = Set.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.oasis.opendocument.text");
  private static final Set<String> ZIP_PARTS = Set.of(
      "word/document.xml", "word/styles.xml", "word/fontTable.xml", "content.xml", "styles.xml");
  private static final Set<String> RAW = Set.of(
      "application/msword", "application/rtf", "text/html", "application/xhtml+xml");

  private FontHints() {}

  /** The encoding the file's fonts name most, or null (none named, or a format without fonts). */
  public static LegacyEncoding of(Path file, String mediaType) {
    return of(file, mediaType, null);
  }

  /**
   * As {@link #of(Path, String)}; {@code contents} is the whole file when already in memory (an
   * HTML page, a small file), else null and the file is read.
   */
  public static LegacyEncoding of(Path file, String mediaType, byte[] contents) {
    try {
      if (ZIPPED.contains(mediaType)) {
        return zipped(file);
      }
      if (RAW.contains(mediaType)) {
        byte[] bytes = contents;
        if (bytes == null) {
          try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_SCAN);
          }
        }
        // DOC stores font names in UTF-16LE: skipping the zero bytes makes them ASCII.
        return vote(bytes, Math.min(bytes.length, MAX_SCAN), true);
      }
    } catch (IOException | RuntimeException e) {
      // A file we cannot scan names no font; its parse reports what is wrong with it.
    }
    return null;
  }

  /** The encoding named most among PDF font names ("ABCDEF+.VnTime"), or null. */
  public static LegacyEncoding ofFontNames(Collection<String> fontNames) {
    int tcvn3 = 0;
    int vni = 0;
    for (String name : fontNames) {
      LegacyEncoding e = LegacyEncoding.ofFont(name);
      tcvn3 += e == LegacyEncoding.TCVN3 ? 1 : 0;
      vni += e == LegacyEncoding.VNI ? 1 : 0;
    }
    return decide(tcvn3, vni);
  }

  /** The parts' UTF-8 bytes read as one: decoding them would keep every ASCII byte as it is. */
  private static LegacyEncoding zipped(Path file) throws IOException {
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (String part : ZIP_PARTS) {
        ZipEntry entry = zip.getEntry(part);
        if (entry != null) {
          try (InputStream in = zip.getInputStream(entry)) {
            xml.write(in.readNBytes(MAX_SCAN));
          }
        }
      }
    }
    byte[] bytes = xml.toByteArray();
    return vote(bytes, bytes.length, false);
  }

  /**
   * Counts ".Vn" + capital (TCVN3) and "VNI-"/"VNI_" + capital (VNI) in {@code bytes[0, length)},
   * as Latin-1 text, zero bytes left out when {@code skipZeros}: left to right, a name counted
   * resumes the search after it.
   */
  static LegacyEncoding vote(byte[] bytes, int length, boolean skipZeros) {
    byte[] b = bytes;
    int n = length;
    if (skipZeros && hasZero(bytes, length)) {
      b = new byte[length];
      n = 0;
      for (int i = 0; i < length; i++) {
        if (bytes[i] != 0) {
          b[n++] = bytes[i];
        }
      }
    }
    int tcvn3 = 0;
    int vni = 0;
    int i = 0;
    while (i + 4 <= n) {
      if (b[i] == '.' && b[i + 1] == 'V' && b[i + 2] == 'n' && capital(b[i + 3])) {
        tcvn3++;
        i += 4;
      } else if (i + 5 <= n && b[i] == 'V' && b[i + 1] == 'N' && b[i + 2] == 'I'
          && (b[i + 3] == '-' || b[i + 3] == '_') && capital(b[i + 4])) {
        vni++;
        i += 5;
      } else {
        i++;
      }
    }
    return decide(tcvn3, vni);
  }

  private static boolean hasZero(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean capital(byte c) {
    return c >= 'A' && c <= 'Z';
  }

  private static LegacyEncoding decide(int tcvn3, int vni) {
    if (tcvn3 == 0 && vni == 0) {
      return null;
    }
    return tcvn3 >= vni ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI;
  }
}
