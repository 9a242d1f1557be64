package org.canbo.ingest;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.mime.MediaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Proves cheaply that no entry of Tika's magic table can match a file's first bytes, so that
 * detection may skip the table (most text files: ~1,400 patterns, some searched case-insensitively
 * over 8 KB, cost more than reading the whole article).
 *
 * <p>Tika ORs the top-level {@code <match>} elements of a {@code <magic>} entry and ANDs each with
 * its nested ones, so an entry can match only if one of its top-level patterns does: those are
 * screened here, decoded by Tika itself ({@link MagicDetector#parse}) and compared as its detector
 * compares them (mask, lower-casing, offset range), with a first-byte table to skip most
 * positions; regular expressions are compiled once and run as its detector runs them.
 * When Tika's decoded patterns cannot be read, every file "may match" and goes to the full table.
 */
final class MagicScreen {
  /**
   * One pattern as Tika decoded it: bytes (with mask) or, when {@code regex} is set, a regular
   * expression over {@code length} Latin-1 chars; {@code first} tells the bytes a match can start
   * with.
   */
  private record Anchor(byte[] pattern, byte[] mask, boolean ignoreCase, int begin, int end,
      int length, boolean[] first, Pattern regex, boolean plain) {}

  /** Rules nothing out: every file goes to the full table. */
  static final MagicScreen OFF = new MagicScreen(null);

  /**
   * A {@code <match>} element: its own pattern ({@code null} for a "minShouldMatch" group, which
   * is screened as matching when any of its members may) and the nested elements, one of which
   * must match too.
   */
  private record Match(Anchor anchor, List<Match> nested) {}

  private final List<Match> matches;
  /**
   * The top-level matches whose pattern is bytes at one fixed offset (most of the table), by
   * offset and by the byte a match can start with there: a file is compared only with those its
   * byte at each such offset admits. The others are in {@link #rest}.
   */
  private final int[] offsets;
  private final List<List<Match>>[] byFirstByte;
  private final List<Match> rest;
  /** Ranges longer than this are searched through an index of the data's bytes. */
  private static final int WIDE = 64;
  /** The bytes indexed: Tika's widest ranges end at 8 KB. */
  private static final int INDEXED = 16 * 1024;
  /** Regex constructs that look past the chars a match consumes, or depend on where it stops. */
  private static final Pattern PLAIN_BREAKERS =
      Pattern.compile("[\\^$]|\\\\[bBAzZG]|\\(\\?[<=!>]|[*+?}]\\+");

  @SuppressWarnings("unchecked")
  private MagicScreen(List<Match> matches) {
    this.matches = matches;
    java.util.TreeMap<Integer, List<List<Match>>> index = new java.util.TreeMap<>();
    List<Match> others = new ArrayList<>();
    for (Match m : matches == null ? List.<Match>of() : matches) {
      Anchor a = m.anchor();
      if (a == null || a.regex() != null || a.begin() != a.end()) {
        others.add(m);
        continue;
      }
      List<List<Match>> buckets = index.computeIfAbsent(a.begin(), o -> {
        List<List<Match>> b = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
          b.add(null);
        }
        return b;
      });
      for (int b = 0; b < 256; b++) {
        if (a.first()[b]) {
          if (buckets.get(b) == null) {
            buckets.set(b, new ArrayList<>());
          }
          buckets.get(b).add(m);
        }
      }
    }
    this.offsets = index.keySet().stream().mapToInt(Integer::intValue).toArray();
    this.byFirstByte = index.values().toArray(List[]::new);
    this.rest = List.copyOf(others);
  }

  /** The screen of the patterns in {@code mimeTypes} (Tika's type files, as DOM documents). */
  static MagicScreen of(List<Document> mimeTypes) {
    try {
      List<Match> top = new ArrayList<>();
      for (Document types : mimeTypes) {
        NodeList magics = types.getElementsByTagName("magic");
        for (int i = 0; i < magics.getLength(); i++) {
          top.addAll(matches(magics.item(i)));
        }
      }
      return new MagicScreen(List.copyOf(top));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return OFF; // a Tika whose detector we cannot read: always the full table
    }
  }

  /** True when the screen can rule files out (false: every file goes to the full table). */
  boolean active() {
    return matches != null;
  }

  /** False only when no magic pattern can match {@code prefix} (the file's first 64 KB). */
  boolean mayMatch(byte[] prefix) {
    if (matches == null) {
      return true;
    }
    Data data = new Data(prefix);
    for (int k = 0; k < offsets.length && offsets[k] < prefix.length; k++) {
      List<Match> admitted = byFirstByte[k].get(prefix[offsets[k]] & 0xFF);
      if (admitted != null && anyMayMatch(admitted, data)) {
        return true;
      }
    }
    // A fixed-offset pattern at or past the end never matches: the data is shorter than it.
    return anyMayMatch(rest, data);
  }

  private static boolean anyMayMatch(List<Match> matches, Data data) {
    for (Match m : matches) {
      boolean self = m.anchor() == null || matches(m.anchor(), data);
      if (self && (m.nested().isEmpty() || anyMayMatch(m.nested(), data))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Anchor a, Data data) {
    return a.regex() != null ? regexMatches(a, data) : bytesMatch(a, data.bytes, data);
  }

  /** The file's first bytes, and (made when a regex needs them) as Latin-1 chars. */
  private static final class Data {
    private static final int[] NONE = {};
    final byte[] bytes;
    private String latin1 = "";
    /** Where each byte value occurs in the first {@link #INDEXED} bytes; built when first needed. */
    private int[][] positions;

    Data(byte[] bytes) {
      this.bytes = bytes;
    }

    /** The positions of byte value {@code b} (0-255), ascending. */
    int[] at(int b) {
      if (positions == null) {
        int n = Math.min(bytes.length, INDEXED);
        int[] counts = new int[256];
        for (int i = 0; i < n; i++) {
          counts[bytes[i] & 0xFF]++;
        }
        positions = new int[256][];
        for (int v = 0; v < 256; v++) {
          positions[v] = counts[v] == 0 ? NONE : new int[counts[v]];
          counts[v] = 0;
        }
        for (int i = 0; i < n; i++) {
          int v = bytes[i] & 0xFF;
          positions[v][counts[v]++] = i;
        }
      }
      return positions[b];
    }

    /** The bytes as chars, zeros past their end up to {@code length} chars, as Tika's buffer. */
    String latin1(int length) {
      if (latin1.length() < length) {
        byte[] padded = java.util.Arrays.copyOf(bytes, Math.max(length, bytes.length));
        latin1 = new String(padded, StandardCharsets.ISO_8859_1);
      }
      return latin1;
    }
  }

  /**
   * {@link MagicDetector}'s regex test: the pattern looking at a window of {@code length} chars
   * starting anywhere in the offset range (the window's bounds opaque, as in its own buffer).
   */
  private static boolean regexMatches(Anchor a, Data data) {
    if (data.bytes.length < a.begin()) {
      return false;
    }
    String text = data.latin1(a.end() + a.length());
    Matcher m = null;
    if (a.end() - a.begin() > WIDE && a.end() < INDEXED && !a.first()[0]) {
      // A wide range: only the places holding a char a match can start with (past the data's
      // end are zeros, which no match starts with).
      for (int c = 1; c < 256; c++) {
        if (a.first()[c]) {
          for (int i : data.at(c)) {
            if (i >= a.begin() && i <= a.end()) {
              m = m != null ? m : a.regex().matcher(text);
              if (looksAt(a, m, i)) {
                return true;
              }
            }
          }
        }
      }
      return false;
    }
    for (int i = a.begin(); i <= a.end(); i++) {
      if (a.first()[text.charAt(i)]) {
        m = m != null ? m : a.regex().matcher(text); // most files give no start: no matcher
        if (looksAt(a, m, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the pattern matches at {@code i}. A plain pattern is tried once per start against the
   * rest of the range: it finds every match the window would, and maybe more (longer ones), which
   * is enough for a screen.
   */
  private static boolean looksAt(Anchor a, Matcher m, int i) {
    m.region(i, a.plain() ? a.end() + a.length() : i + a.length());
    return m.lookingAt();
  }

  /** The Latin-1 chars a match of {@code regex} can start with. */
  private static boolean[] firstChars(Pattern regex) {
    boolean[] first = new boolean[256];
    for (char c = 0; c < 256; c++) {
      Matcher m = regex.matcher(String.valueOf(c));
      // Failing without reaching the end of the input: no longer text starting so can match.
      first[c] = m.lookingAt() || m.hitEnd();
    }
    return first;
  }

  /**
   * True when the pattern matches the same text wherever the window around it ends: no anchors,
   * word boundaries, lookaround, atomic groups or possessive quantifiers.
   */
  static boolean isPlain(Pattern regex) {
    return !PLAIN_BREAKERS.matcher(regex.pattern()).find();
  }

  /**
   * {@link MagicDetector}'s comparison: masked (and lower-cased) bytes at any start in range, the
   * bytes past the end of the data reading as zeros, as in its zero-filled buffer.
   */
  private static boolean restMatches(Anchor a, byte[] data, int start) {
    for (int j = 1; j < a.pattern().length; j++) {
      if (!byteMatches(a, start + j < data.length ? data[start + j] : 0, j)) {
        return false;
      }
    }
    return true;
  }

  private static boolean bytesMatch(Anchor a, byte[] data, Data index) {
    int length = a.pattern().length;
    if (data.length < a.begin() + length) {
      return false;
    }
    int lastStart = Math.min(a.end(), data.length - 1);
    if (lastStart - a.begin() > WIDE && lastStart < INDEXED) {
      // A wide range: visit only the places holding a byte a match can start with.
      for (int b = 0; b < 256; b++) {
        if (a.first()[b]) {
          for (int i : index.at(b)) {
            if (i >= a.begin() && i <= lastStart && restMatches(a, data, i)) {
              return true;
            }
          }
        }
      }
    } else {
      for (int i = a.begin(); i <= lastStart; i++) {
        if (a.first()[data[i] & 0xFF] && restMatches(a, data, i)) {
          return true;
        }
      }
    }
    // Starts past the data compare zeros only: a pattern of zeros matches there.
    return a.end() >= data.length && zerosMatch(a);
  }

  private static boolean zerosMatch(Anchor a) {
    for (int j = 0; j < a.pattern().length; j++) {
      if (!byteMatches(a, (byte) 0, j)) {
        return false;
      }
    }
    return true;
  }

  private static boolean byteMatches(Anchor a, byte b, int j) {
    int masked = b & a.mask()[j];
    if (a.ignoreCase()) {
      masked = Character.toLowerCase(masked);
    }
    return masked == a.pattern()[j];
  }

  /** The {@code <match>} elements directly under {@code parent}. */
  private static List<Match> matches(Node parent) throws ReflectiveOperationException {
    List<Match> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "match".equals(e.getTagName())) {
        List<Match> nested = matches(e);
        if (e.hasAttribute("minShouldMatch")) {
          out.add(new Match(null, nested));
        } else {
          out.add(new Match(anchor(e), nested));
        }
      }
    }
    return out;
  }

  private static Anchor anchor(Element match) throws ReflectiveOperationException {
    String type = match.hasAttribute("type") ? match.getAttribute("type") : "string";
    String offset = match.hasAttribute("offset") ? match.getAttribute("offset") : "0";
    String mask = match.hasAttribute("mask") ? match.getAttribute("mask") : null;
    MagicDetector detector = MagicDetector.parse(
        MediaType.OCTET_STREAM, type, offset, match.getAttribute("value"), mask);
    byte[] pattern = field(detector, "pattern", byte[].class);
    int length = field(detector, "length", Integer.class);
    boolean ignoreCase = field(detector, "isStringIgnoreCase", Boolean.class);
    int begin = field(detector, "offsetRangeBegin", Integer.class);
    int end = field(detector, "offsetRangeEnd", Integer.class);
    if (field(detector, "isRegex", Boolean.class)) {
      Pattern regex = Pattern.compile(new String(pattern, StandardCharsets.UTF_8),
          ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
      return new Anchor(null, null, false, begin, end, length, firstChars(regex), regex,
          isPlain(regex));
    }
    byte[] bytesMask = field(detector, "mask", byte[].class);
    if (length == 0 || pattern.length < length || bytesMask.length < length) {
      throw new IllegalStateException("unexpected magic pattern " + offset + " " + type);
    }
    Anchor a = new Anchor(java.util.Arrays.copyOf(pattern, length), bytesMask, ignoreCase, begin,
        end, length, new boolean[256], null, false);
    for (int b = 0; b < 256; b++) {
      a.first()[b] = byteMatches(a, (byte) b, 0);
    }
    return a;
  }

  private static <T> T field(MagicDetector detector, String name, Class<T> type)
      throws ReflectiveOperationException {
    Field f = MagicDetector.class.getDeclaredField(name);
    f.setAccessible(true);
    return type.cast(f.get(detector));
  }
}
