package org.canbo.ingest.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a file's font names say about its encoding: Word, RTF and HTML files name the fonts their
 * text is set in (".VnTime" is TCVN3, "VNI-Times" is VNI), in DOCX/ODT inside the zipped XML, in
 * DOC as UTF-16 in the font table, in RTF and HTML as ASCII. Plain text names no font.
 */
public final class FontHints {
  private static final Pattern NAMES = Pattern.compile("(\\.Vn[A-Z])|(VNI[-_][A-Z])");
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
    try {
      if (ZIPPED.contains(mediaType)) {
        return zipped(file);
      }
      if (RAW.contains(mediaType)) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
          bytes = in.readNBytes(MAX_SCAN);
        }
        // DOC stores font names in UTF-16LE: dropping the zero bytes makes them ASCII.
        return vote(new String(bytes, StandardCharsets.ISO_8859_1).replace("\u0000", ""));
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

  private static LegacyEncoding zipped(Path file) throws IOException {
    StringBuilder xml = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (String part : ZIP_PARTS) {
        ZipEntry entry = zip.getEntry(part);
        if (entry != null) {
          try (InputStream in = zip.getInputStream(entry)) {
            xml.append(new String(in.readNBytes(MAX_SCAN), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return vote(xml);
  }

  private static LegacyEncoding vote(CharSequence text) {
    int tcvn3 = 0;
    int vni = 0;
    Matcher m = NAMES.matcher(text);
    while (m.find()) {
      tcvn3 += m.group(1) != null ? 1 : 0;
      vni += m.group(2) != null ? 1 : 0;
    }
    return decide(tcvn3, vni);
  }

  private static LegacyEncoding decide(int tcvn3, int vni) {
    if (tcvn3 == 0 && vni == 0) {
      return null;
    }
    return tcvn3 >= vni ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI;
  }
}
