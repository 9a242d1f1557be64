package org.canbo.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.model.PageMap;

/**
 * Turns parser output into canonical article text: NFC, one trimmed paragraph per line, page
 * furniture and repeated slug or caption lines removed, and form feeds recorded as page starts.
 */
public final class TextCleaner {
  /** Horizontal white space a scraped page may use between words (tabs, NBSP, thin spaces...). */
  private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
  /** Invisible characters that only break word matching. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
  /** "Title - Ảnh 1." : a photo placeholder that repeats a heading. */
  private static final Pattern PHOTO_SUFFIX =
      Pattern.compile("^(.+?)\\s*[-–—]\\s*Ảnh\\s*\\d*\\.?$", Pattern.UNICODE_CASE);
  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** One kept line and the page it came from. */
  private record Line(String text, int page) {}

  /** Cleans raw parser text; never null in, never fails on odd input. */
  public CleanText clean(String rawText) {
    if (rawText == null) {
      throw new IllegalArgumentException("raw text is null");
    }
    String text = Nfc.normalize(rawText).replace("\r\n", "\n").replace('\r', '\n');
    // The look-alike eth (U+00D0) some sites type for Đ stays as printed; matching maps it through
    // ToneMarks.canonical, so extracted strings remain exact quotes of the source.
    String[] pages = text.split("\f", -1);
    List<Line> lines = new ArrayList<>();
    for (int p = 0; p < pages.length; p++) {
      for (String raw : pages[p].split("\n", -1)) {
        String line = normaliseLine(raw);
        if (!line.isEmpty() && !Boilerplate.isBoilerplate(line)) {
          lines.add(new Line(line, p));
        }
      }
    }
    lines = dropRepeats(lines);
    return assemble(lines, pages.length);
  }

  private static String normaliseLine(String raw) {
    String s = hasInvisible(raw) ? INVISIBLE.matcher(raw).replaceAll("") : raw;
    s = (hasOddSpace(s) ? SPACES.matcher(s).replaceAll(" ") : s).strip();
    return s.isEmpty() ? s : Boilerplate.stripTrailingWidgets(s);
  }

  /** Whether {@link #INVISIBLE} has anything to remove (most lines: no, and no copy is made). */
  private static boolean hasInvisible(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #SPACES} would change the line: a space other than U+0020, or two in a row. */
  private static boolean hasOddSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\u000B' || c == '\u00A0'
          || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
      if (space && (c != ' ' || (i + 1 < s.length() && s.charAt(i + 1) == ' '))) {
        return true;
      }
    }
    return false;
  }

  /** Drops unaccented slugs and "- Ảnh 1." captions that only repeat another line. */
  private static List<Line> dropRepeats(List<Line> lines) {
    FoldedKeys folded = new FoldedKeys(lines);
    List<Line> kept = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (isSlugRepeat(t, i, lines, folded) || isCaptionRepeat(t, i, folded)) {
        continue;
      }
      kept.add(lines.get(i));
    }
    return kept;
  }

  /** A line with no diacritics, in lower case, whose words all occur in one other line. */
  private static boolean isSlugRepeat(String t, int i, List<Line> lines, FoldedKeys folded) {
    if (!folded.asciiLower(i)) {
      return false;
    }
    List<String> words = words(t);
    if (words.size() < 2) {
      return false;
    }
    for (int j = 0; j < lines.size(); j++) {
      if (j != i && !folded.asciiLower(j) && folded.words(j).containsAll(words)) {
        return true;
      }
    }
    return false;
  }

  /** A non-empty line of {@code [a-z0-9 ,.:;'"()/-]} only: a slug, unaccented, in lower case. */
  private static boolean isAsciiLower(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || " ,.:;'\"()/-".indexOf(c) >= 0)) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean isCaptionRepeat(String t, int i, FoldedKeys folded) {
    if (!t.contains("Ảnh")) {
      return false; // the pattern needs it; its lazy head backtracks over every long paragraph
    }
    Matcher m = PHOTO_SUFFIX.matcher(t);
    if (!m.matches()) {
      return false;
    }
    String head = foldKey(m.group(1));
    for (int j = 0; j < folded.size(); j++) {
      if (j != i && folded.get(j).equals(head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The folded key of each line and the set of its words, made when first asked for: only slug
   * and caption lines need them, and most articles have neither; and whether each line is in
   * ASCII lower case, told once per line, not once per pair of lines.
   */
  private static final class FoldedKeys {
    private final List<Line> lines;
    private final String[] keys;
    private final List<Set<String>> words;
    private final boolean[] asciiLower;

    FoldedKeys(List<Line> lines) {
      this.lines = lines;
      this.keys = new String[lines.size()];
      this.words = new ArrayList<>(java.util.Collections.nCopies(lines.size(), (Set<String>) null));
      this.asciiLower = new boolean[lines.size()];
      for (int i = 0; i < asciiLower.length; i++) {
        asciiLower[i] = isAsciiLower(lines.get(i).text());
      }
    }

    boolean asciiLower(int i) {
      return asciiLower[i];
    }

    Set<String> words(int i) {
      if (words.get(i) == null) {
        words.set(i, new HashSet<>(TextCleaner.words(get(i))));
      }
      return words.get(i);
    }

    int size() {
      return keys.length;
    }

    String get(int i) {
      if (keys[i] == null) {
        keys[i] = foldKey(lines.get(i).text());
      }
      return keys[i];
    }
  }

  private static CleanText assemble(List<Line> lines, int pageCount) {
    StringBuilder out = new StringBuilder();
    int[] starts = new int[pageCount];
    int page = 0;
    for (Line l : lines) {
      int start = out.isEmpty() ? 0 : out.length() + 1;
      while (page < l.page()) {
        starts[++page] = start;
      }
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(l.text());
    }
    // Trailing pages with no kept line start at the end of the text.
    while (page < pageCount - 1) {
      starts[++page] = out.length();
    }
    return new CleanText(out.toString(), new PageMap(starts));
  }

  private static String foldKey(String s) {
    return String.join(" ", words(Diacritics.fold(s).toLowerCase(Locale.ROOT)));
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_SPLIT.split(s)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
