package org.canbo.extract.document;

import org.canbo.text.TsvResource;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.canbo.text.GatedMatcher;
import org.canbo.text.ToneMarks;
import org.canbo.text.WordGate;

/**
 * The words of cited documents, read from the package's resources: document kinds and their key
 * codes, issuer codes, and the cue words that tell a named document from a generic mention.
 */
final class DocumentVocabulary {
  /** Runs of white space, compiled once for the package: keys and topics are made per mention. */
  static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String BASE = "/org/canbo/extract/document/";
  /** The cue kinds of cues.tsv, each read by a finder; any other is refused at load. */
  static final List<String> CUE_KINDS = List.of(
      "plural", "phrase", "idiom", "adverb", "count", "generic", "announced", "qualifier", "adopted", "act");

  /** One written form of a document kind. */
  record TypeForm(String form, String docType, String code, boolean abbreviation) {}

  private final Map<String, TypeForm> words = new HashMap<>();
  private final Map<String, TypeForm> abbreviations = new HashMap<>();
  private final Map<String, String> issuerCodes = new LinkedHashMap<>();
  private final Map<String, String> boardCodes = new LinkedHashMap<>();
  private final Map<String, List<String>> cues = new HashMap<>();
  private final Map<String, String> codeToType = new HashMap<>();
  private final Pattern typePattern;
  private final WordGate typeGate;

  private DocumentVocabulary() {
    List<String> wordForms = new ArrayList<>();
    List<String> abbrForms = new ArrayList<>();
    List<String> firstWordsWritten = new ArrayList<>();
    List<String> abbrWritten = new ArrayList<>();
    for (String[] f : rows("document-types.tsv", 3)) {
      boolean abbr = !f[0].contains(" "); // every written word has two syllables or more
      TypeForm t = new TypeForm(f[0], f[1], f[2], abbr);
      (abbr ? abbreviations : words).put(abbr ? ToneMarks.canonical(f[0]) : key(f[0]), t);
      (abbr ? abbrForms : wordForms).add(Pattern.quote(ToneMarks.canonical(f[0])).replace(" ", "\\E\\s+\\Q"));
      if (abbr) {
        abbrWritten.add(ToneMarks.canonical(f[0]));
      } else {
        firstWordsWritten.add(ToneMarks.canonical(f[0]).split(" ", -1)[0]);
      }
      codeToType.putIfAbsent(f[2], f[1]);
    }
    for (String[] f : rows("issuer-codes.tsv", 2)) {
      (f.length > 2 && f[2].equals("board") ? boardCodes : issuerCodes).put(key(f[0]), f[1]);
    }
    for (TsvResource.Line line : lines("cues.tsv", 2)) {
      cues.put(line.kind(CUE_KINDS), List.of(line.fields()[1].split("\\|")));
    }
    // Words in any case ("NGHỊ QUYẾT" in headlines); symbol abbreviations only before a number.
    this.typePattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<word>(?iu:" + String.join("|", wordForms)
        + "))(?![\\p{L}\\p{N}])|(?<![/-])(?<abbr>" + String.join("|", abbrForms)
        + ")(?=\\s*(?:số\\s*)?\\d))");
    // Where typePattern can start: its look-behind and a word's first syllable or an abbreviation.
    List<String> starts = new ArrayList<>(firstWordsWritten);
    starts.addAll(abbrWritten);
    this.typeGate = new WordGate(starts);
  }

  static DocumentVocabulary load() {
    return new DocumentVocabulary();
  }

  /** Matches document words ({@code word}) and abbreviations before a number ({@code abbr}). */
  Pattern typePattern() {
    return typePattern;
  }

  /** Finds what {@link #typePattern()} finds, trying it only where a document word can start. */
  GatedMatcher typeFinder(String canonical) {
    return new GatedMatcher(typePattern, typeGate, canonical);
  }

  TypeForm word(String written) {
    return words.get(key(written));
  }

  TypeForm abbreviation(String written) {
    return abbreviations.get(ToneMarks.canonical(written));
  }

  /** The key code of a document type ("Nghị quyết" → "NQ"), null when unknown. */
  String codeOf(String docType) {
    TypeForm t = docType == null ? null : words.get(key(docType));
    return t == null ? null : t.code();
  }

  /**
   * The issuer code of an issuer phrase ("Ban Thường vụ Tỉnh ủy" → "TU", "Ban Tổ chức Trung ương" →
   * "BTCTW"), null when none fits: a board's code goes before the code of the committee after it.
   */
  String issuerCode(String issuer) {
    if (issuer == null) {
      return null;
    }
    String k = key(issuer);
    for (Map.Entry<String, String> board : boardCodes.entrySet()) {
      int at = k.indexOf(board.getKey());
      if (at >= 0) {
        String committee = committeeCode(k.substring(at + board.getKey().length()));
        return committee == null ? null : board.getValue() + committee;
      }
    }
    return committeeCode(k);
  }

  private String committeeCode(String k) {
    for (Map.Entry<String, String> e : issuerCodes.entrySet()) {
      if (k.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The cue words of one kind (see cues.tsv). */
  List<String> cues(String kind) {
    return cues.getOrDefault(kind, List.of());
  }

  static String key(String s) {
    String n = SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC).strip()).replaceAll(" ");
    return ToneMarks.canonical(n).toLowerCase(Locale.ROOT);
  }

  private static List<String[]> rows(String name, int columns) {
    return lines(name, columns).stream().map(TsvResource.Line::fields).toList();
  }

  private static List<TsvResource.Line> lines(String name, int columns) {
    return TsvResource.loadRows(DocumentVocabulary.class, BASE + name, lines -> {
      for (TsvResource.Line line : lines) {
        if (line.fields().length < columns) {
          throw line.error("needs " + columns + " columns");
        }
      }
      return lines;
    });
  }
}
