package org.canbo.ingest.legacy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * TCVN3 (TCVN 5712:1993, the ".VnTime"/ABC fonts) to Unicode and back, from glibc's TCVN5712-1
 * table: bytes 0x80-0xFF and eleven C0 codes carry Vietnamese letters, 0xB0-0xB4 are combining tone
 * marks. The text arrives as characters: a file read as Latin-1 gives each byte its own code; Word
 * and Tika give bytes 0x80-0x9F their Windows-1252 characters ("€" for 0x80), which are mapped back.
 */
final class Tcvn3Codec {
  /** Unicode for bytes 0x80-0xFF (glibc TCVN5712-1). */
  private static final String HIGH = "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"
      + "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"
      + "ẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ";
  /** The C0 codes TCVN5712-1 uses for capitals with a tone mark. */
  private static final String LOW_BYTES = "\u0001\u0002\u0004\u0005\u0006\u0011\u0012\u0013\u0014\u0015\u0016\u0017";
  private static final String LOW = "ÚỤỪỬỮỨỰỲỶỸÝỴ";
  private static final Map<Character, Integer> WINDOWS_1252 = windows1252();
  private static final Map<Character, Character> ENCODE = encodeTable();

  private Tcvn3Codec() {}

  /** Unicode NFC for TCVN3 text; characters that are not TCVN3 codes pass through. */
  static String decode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int b = byteOf(c);
      if (b >= 0x80) {
        out.append(HIGH.charAt(b - 0x80));
      } else if (b >= 0 && LOW_BYTES.indexOf((char) b) >= 0) {
        out.append(LOW.charAt(LOW_BYTES.indexOf((char) b)));
      } else {
        out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** TCVN3 codes as Latin-1 characters for NFC text; characters TCVN3 lacks pass through. */
  static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      out.append(ENCODE.getOrDefault(c, c));
    }
    return out.toString();
  }

  /** The byte a character stands for in an 8-bit text, or -1: Latin-1, else Windows-1252. */
  static int byteOf(char c) {
    if (c < 0x100) {
      return c;
    }
    Integer b = WINDOWS_1252.get(c);
    return b == null ? -1 : b;
  }

  private static Map<Character, Integer> windows1252() {
    Map<Character, Integer> map = new HashMap<>();
    Charset cp1252 = Charset.forName("windows-1252");
    for (int b = 0x80; b < 0xA0; b++) {
      String s = cp1252.decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
      if (s.length() == 1 && s.charAt(0) >= 0x100) {
        map.put(s.charAt(0), b);
      }
    }
    return Map.copyOf(map);
  }

  private static Map<Character, Character> encodeTable() {
    Map<Character, Character> map = new HashMap<>();
    for (int i = 0; i < HIGH.length(); i++) {
      char u = HIGH.charAt(i);
      // Combining marks and the no-break space stay themselves: NFC text has no loose tone marks.
      if (u != '\u00A0' && Character.getType(u) != Character.NON_SPACING_MARK) {
        map.put(u, (char) (0x80 + i));
      }
    }
    for (int i = 0; i < LOW.length(); i++) {
      map.put(LOW.charAt(i), LOW_BYTES.charAt(i));
    }
    return Map.copyOf(map);
  }
}
