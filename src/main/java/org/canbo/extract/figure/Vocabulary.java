package org.canbo.extract.figure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canbo.text.ToneMarks;
import org.canbo.text.TsvResource;

/**
 * The extractor's Vietnamese vocabulary (category and subcategory cues, counted nouns, role cues,
 * words that make a number a label), loaded once from {@code vocabulary.tsv} and matched on whole
 * words of the normalised text; immutable and thread-safe.
 */
public final class Vocabulary {
  public static final String RESOURCE = "/org/canbo/extract/figure/vocabulary.tsv";
  /** The row types of vocabulary.tsv, each read by the extractor; any other is refused at load. */
  static final List<String> TYPES = List.of(
      "CAT", "STRONG", "SUB", "UNIT", "NOT", "ELIDED", "PLANNED", "DELTA", "TARGET", "REALIZED");
  /** Value of a phrase that only blocks shorter phrases inside it. */
  static final String BLOCK = "-";

  /** A phrase in normalised form and its value. */
  record Phrase(String text, String value) {}

  /**
   * The phrases of one type in priority order (longest first, file order among equals) and a trie
   * over them; a phrase's rank is its index in {@code byRank}.
   */
  private record Type(List<Phrase> byRank, PhraseTrie trie) {
    static final Type EMPTY = new Type(List.of(), new PhraseTrie(List.of()));

    Type(List<Phrase> byRank) {
      this(byRank, new PhraseTrie(byRank.stream().map(Phrase::text).toList()));
    }
  }

  private final Map<String, Type> types;

  private Vocabulary(Map<String, Type> types) {
    this.types = types;
  }

  /** Loads the bundled vocabulary; call once and share. */
  public static Vocabulary load() {
    return TsvResource.loadRows(Vocabulary.class, RESOURCE, Vocabulary::read);
  }

  static Vocabulary read(InputStream in) throws IOException {
    return read(TsvResource.lines(in, "vocabulary"));
  }

  static Vocabulary read(List<TsvResource.Line> rows) {
    Map<String, List<Phrase>> map = new HashMap<>();
    for (TsvResource.Line row : rows) {
      String[] f = row.fields();
      if (f.length < 2 || f[1].isBlank()) {
        throw row.error("needs TYPE<TAB>phrase");
      }
      map.computeIfAbsent(row.kind(TYPES), k -> new ArrayList<>())
          .add(new Phrase(normalise(f[1].strip()), f.length > 2 ? f[2].strip() : ""));
    }
    Map<String, Type> types = new HashMap<>();
    map.forEach((k, v) -> types.put(k, new Type(v.stream()
        .sorted(Comparator.comparingInt((Phrase p) -> -p.text().length()))
        .toList())));
    return new Vocabulary(Map.copyOf(types));
  }

  /** Lower-cased canonical form, same length as the input. */
  public static String normalise(String text) {
    char[] c = ToneMarks.canonical(text).toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  /**
   * All phrases of a type in {@code norm[from, to)}, blockers dropped. Where phrases overlap, the
   * one of higher priority (longer, else earlier in the file) wins wherever it stands, blockers
   * included; among occurrences of one phrase the earlier wins. Returned in text order.
   *
   * <p>One trie walk per word start collects every occurrence; they are then accepted in priority
   * order, which is what trying each phrase in turn across the window did.
   */
  public List<Cue> find(String type, String norm, int from, int to) {
    Type t = types.getOrDefault(type, Type.EMPTY);
    Occurrences occ = new Occurrences();
    for (int i = from; i < to; i++) {
      if (i == 0 || !Character.isLetterOrDigit(norm.charAt(i - 1))) {
        final int start = i;
        t.trie().startingAt(norm, start, to, (rank, end) -> {
          if (isWordEnd(norm, end)) {
            occ.add(rank, start);
          }
        });
      }
    }
    List<Cue> found = new ArrayList<>();
    for (long o : occ.sortedByRankThenStart()) {
      int rank = (int) (o >>> 32);
      int start = (int) o;
      int end = start + t.byRank().get(rank).text().length();
      if (!overlapsAny(found, start, end)) {
        found.add(new Cue(start, end, t.byRank().get(rank).value()));
      }
    }
    found.removeIf(c -> BLOCK.equals(c.value()));
    found.sort(Comparator.comparingInt(Cue::start));
    return found;
  }

  /** The longest phrase of a type starting exactly at {@code pos} (the first in file order among equals). */
  public Optional<Cue> at(String type, String norm, int pos, int to) {
    if (pos > 0 && pos <= norm.length() && Character.isLetterOrDigit(norm.charAt(pos - 1))) {
      return Optional.empty();
    }
    Type t = types.getOrDefault(type, Type.EMPTY);
    int[] best = {Integer.MAX_VALUE, -1};
    t.trie().startingAt(norm, pos, to, (rank, end) -> {
      if (rank < best[0] && isWordEnd(norm, end)) {
        best[0] = rank;
        best[1] = end;
      }
    });
    return best[1] < 0 ? Optional.empty()
        : Optional.of(new Cue(pos, best[1], t.byRank().get(best[0]).value()));
  }

  /** The longest phrase of a type ending exactly at {@code pos} (spaces before pos skipped). */
  public Optional<Cue> endingAt(String type, String norm, int from, int pos) {
    int end = pos;
    while (end > from && Character.isWhitespace(norm.charAt(end - 1))) {
      end--;
    }
    if (!isWordEnd(norm, end)) {
      return Optional.empty();
    }
    Type t = types.getOrDefault(type, Type.EMPTY);
    int[] best = {Integer.MAX_VALUE, -1};
    t.trie().endingAt(norm, from, end, (rank, start) -> {
      if (rank < best[0] && (start == 0 || !Character.isLetterOrDigit(norm.charAt(start - 1)))) {
        best[0] = rank;
        best[1] = start;
      }
    });
    return best[1] < 0 ? Optional.empty()
        : Optional.of(new Cue(best[1], end, t.byRank().get(best[0]).value()));
  }

  /** The phrases of a type in priority order (for tests comparing against a plain scan). */
  List<Phrase> phrases(String type) {
    return types.getOrDefault(type, Type.EMPTY).byRank();
  }

  /** Phrase occurrences packed as rank (high 32 bits) and start (low 32 bits). */
  private static final class Occurrences {
    private long[] items = new long[8];
    private int size;

    void add(int rank, int start) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = ((long) rank << 32) | start;
    }

    long[] sortedByRankThenStart() {
      long[] out = Arrays.copyOf(items, size);
      Arrays.sort(out);
      return out;
    }
  }

  private static boolean overlapsAny(List<Cue> cues, int start, int end) {
    for (Cue c : cues) {
      if (c.start() < end && start < c.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word ends at {@code end}: the text ends or no letter or digit follows. */
  private static boolean isWordEnd(String norm, int end) {
    return end >= norm.length() || !Character.isLetterOrDigit(norm.charAt(end));
  }
}
