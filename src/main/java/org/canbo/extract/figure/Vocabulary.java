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
import org.canbo.text.CanonicalText;
import org.canbo.text.Letters;
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

  /** The types a document's cues are read by range from ({@link DocumentCues}). */
  static final List<String> DOCUMENT_TYPES = List.of("CAT", "STRONG", "UNIT", "PLANNED");

  private final Map<String, Type> types;
  /** The phrases of {@link #DOCUMENT_TYPES} in one trie, ranked type after type. */
  private final PhraseTrie documentTrie;
  /** For each rank of {@link #documentTrie}: the index of its type in {@link #DOCUMENT_TYPES}. */
  private final int[] documentTypeOf;
  /** For each of {@link #DOCUMENT_TYPES}: its first rank in {@link #documentTrie}. */
  private final int[] documentTypeStart;

  private Vocabulary(Map<String, Type> types) {
    this.types = types;
    List<String> all = new ArrayList<>();
    List<Integer> typeOf = new ArrayList<>();
    this.documentTypeStart = new int[DOCUMENT_TYPES.size()];
    for (int k = 0; k < DOCUMENT_TYPES.size(); k++) {
      documentTypeStart[k] = all.size();
      for (Phrase p : types.getOrDefault(DOCUMENT_TYPES.get(k), Type.EMPTY).byRank()) {
        all.add(p.text());
        typeOf.add(k);
      }
    }
    this.documentTrie = new PhraseTrie(all);
    this.documentTypeOf = typeOf.stream().mapToInt(Integer::intValue).toArray();
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
    return CanonicalText.lowerCase(ToneMarks.canonical(text));
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
    PhraseTrie trie = t.trie();
    Occurrences occ = new Occurrences();
    for (int i = from; i < to; i++) {
      if (trie.mayStart(norm.charAt(i)) && (i == 0 || !Letters.isLetterOrDigit(norm.charAt(i - 1)))) {
        final int start = i;
        trie.startingAt(norm, i, to, (rank, end) -> {
          if (isWordEnd(norm, end)) {
            occ.add(rank, start);
          }
        });
      }
    }
    return occ.resolve(t.byRank(), from, to);
  }

  /**
   * What {@link #find} gives for each of {@link #DOCUMENT_TYPES} over the whole of {@code norm},
   * in one walk of a trie holding all their phrases instead of one walk per type.
   */
  Map<String, List<Cue>> findDocumentTypes(String norm) {
    Occurrences[] occ = new Occurrences[DOCUMENT_TYPES.size()];
    Arrays.setAll(occ, k -> new Occurrences());
    DocumentCollector collector = new DocumentCollector(norm, occ);
    int n = norm.length();
    boolean afterWord = false; // whether the char before i is a letter or digit
    for (int i = 0; i < n; i++) {
      char c = norm.charAt(i);
      if (!afterWord && documentTrie.mayStart(c)) {
        collector.start = i;
        documentTrie.startingAt(norm, i, n, collector);
      }
      afterWord = Letters.isLetterOrDigit(c);
    }
    Map<String, List<Cue>> out = new HashMap<>();
    for (int k = 0; k < occ.length; k++) {
      String type = DOCUMENT_TYPES.get(k);
      out.put(type, occ[k].resolve(types.getOrDefault(type, Type.EMPTY).byRank(), 0, n));
    }
    return out;
  }

  /**
   * Takes the whole-word phrases a walk from {@link #start} passes into their type's occurrences:
   * one per document, not one lambda per word start.
   */
  private final class DocumentCollector implements PhraseTrie.Visitor {
    private final String norm;
    private final Occurrences[] occ;
    int start;

    DocumentCollector(String norm, Occurrences[] occ) {
      this.norm = norm;
      this.occ = occ;
    }

    @Override
    public void phrase(int rank, int end) {
      if (isWordEnd(norm, end)) {
        int k = documentTypeOf[rank];
        occ[k].add(rank - documentTypeStart[k], start);
      }
    }
  }

  /** The longest phrase of a type starting exactly at {@code pos} (the first in file order among equals). */
  public Optional<Cue> at(String type, String norm, int pos, int to) {
    if (pos > 0 && pos <= norm.length() && Letters.isLetterOrDigit(norm.charAt(pos - 1))) {
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
      if (rank < best[0] && (start == 0 || !Letters.isLetterOrDigit(norm.charAt(start - 1)))) {
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

  /** Whether a word ends at {@code end}: the text ends or no letter or digit follows. */
  private static boolean isWordEnd(String norm, int end) {
    return end >= norm.length() || !Letters.isLetterOrDigit(norm.charAt(end));
  }
}
