package org.canbo.extract.figure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canbo.text.ToneMarks;

/**
 * The extractor's Vietnamese vocabulary (category and subcategory cues, counted nouns, role cues,
 * words that make a number a label), loaded once from {@code vocabulary.tsv} and matched on whole
 * words of the normalised text; immutable and thread-safe.
 */
public final class Vocabulary {
  public static final String RESOURCE = "/org/canbo/extract/figure/vocabulary.tsv";
  /** Value of a phrase that only blocks shorter phrases inside it. */
  static final String BLOCK = "-";

  /** A phrase in normalised form and its value. */
  private record Phrase(String text, String value) {}

  private final Map<String, List<Phrase>> phrases;

  private Vocabulary(Map<String, List<Phrase>> phrases) {
    this.phrases = phrases;
  }

  /** Loads the bundled vocabulary; call once and share. */
  public static Vocabulary load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("vocabulary resource missing: " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Vocabulary read(InputStream in) throws IOException {
    Map<String, List<Phrase>> map = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2 || f[1].isBlank()) {
        throw new IllegalArgumentException("vocabulary line " + no + " needs TYPE<TAB>phrase");
      }
      map.computeIfAbsent(f[0], k -> new ArrayList<>())
          .add(new Phrase(normalise(f[1].strip()), f.length > 2 ? f[2].strip() : ""));
    }
    map.replaceAll((k, v) -> v.stream()
        .sorted(Comparator.comparingInt((Phrase p) -> -p.text().length()))
        .toList());
    return new Vocabulary(Map.copyOf(map));
  }

  /** Lower-cased canonical form, same length as the input. */
  public static String normalise(String text) {
    char[] c = ToneMarks.canonical(text).toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  /** All phrases of a type in {@code norm[from, to)}, longest first at a position, blockers dropped. */
  public List<Cue> find(String type, String norm, int from, int to) {
    List<Cue> found = new ArrayList<>();
    for (Phrase p : phrases.getOrDefault(type, List.of())) {
      String phrase = p.text();
      int i = norm.indexOf(phrase, from);
      while (i >= 0 && i + phrase.length() <= to) {
        int end = i + phrase.length();
        if (isWordAt(norm, i, end) && !overlapsAny(found, i, end)) {
          found.add(new Cue(i, end, p.value()));
        }
        i = norm.indexOf(phrase, i + 1);
      }
    }
    found.removeIf(c -> BLOCK.equals(c.value()));
    found.sort(Comparator.comparingInt(Cue::start));
    return found;
  }

  /** The longest phrase of a type starting exactly at {@code pos}. */
  public Optional<Cue> at(String type, String norm, int pos, int to) {
    for (Phrase p : phrases.getOrDefault(type, List.of())) {
      String phrase = p.text();
      int end = pos + phrase.length();
      if (end <= to && norm.startsWith(phrase, pos) && isWordAt(norm, pos, end)) {
        return Optional.of(new Cue(pos, end, p.value()));
      }
    }
    return Optional.empty();
  }

  /** The longest phrase of a type ending exactly at {@code pos} (spaces before pos skipped). */
  public Optional<Cue> endingAt(String type, String norm, int from, int pos) {
    int end = pos;
    while (end > from && Character.isWhitespace(norm.charAt(end - 1))) {
      end--;
    }
    for (Phrase p : phrases.getOrDefault(type, List.of())) {
      String phrase = p.text();
      int start = end - phrase.length();
      if (start >= from && norm.startsWith(phrase, start) && isWordAt(norm, start, end)) {
        return Optional.of(new Cue(start, end, p.value()));
      }
    }
    return Optional.empty();
  }

  private static boolean overlapsAny(List<Cue> cues, int start, int end) {
    for (Cue c : cues) {
      if (c.start() < end && start < c.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordAt(String norm, int start, int end) {
    boolean left = start == 0 || !Character.isLetterOrDigit(norm.charAt(start - 1));
    boolean right = end >= norm.length() || !Character.isLetterOrDigit(norm.charAt(end));
    return left && right;
  }
}
