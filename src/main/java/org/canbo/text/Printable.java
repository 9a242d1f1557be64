package org.canbo.text;

/**
 * Makes untrusted text (file names, ids, exception messages) safe for one line of terminal output:
 * a name holding a newline or an escape sequence could otherwise forge or hide report lines.
 *
 * <p>Line breaks, tabs, C0/C1 control characters, DEL, bidirectional overrides, line/paragraph
 * separators and lone surrogates become {@code \n}, {@code \t}, {@code \x1b}, {@code \u202e}...; a
 * backslash becomes {@code \\}, so every escaped line reads back unambiguously. All other text,
 * Vietnamese included, is left as it is.
 */
public final class Printable {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Printable() {}

  /** {@code text} with every character that could break or disguise a line escaped. */
  public static String escape(CharSequence text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair || !needsEscape(c)) {
        if (out != null) {
          out.append(c);
          if (pair) {
            out.append(text.charAt(i + 1));
          }
        }
        i += pair ? 1 : 0;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      appendEscaped(out, c);
    }
    return out == null ? text.toString() : out.toString();
  }

  private static boolean needsEscape(char c) {
    return c < 0x20 || c == '\\' || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E' || c == '\u200F' || c == '\u061C'
        || Character.isSurrogate(c);
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\\' -> out.append("\\\\");
      default -> {
        if (c <= 0xFF) {
          out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        } else {
          out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
              .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
        }
      }
    }
  }
}
