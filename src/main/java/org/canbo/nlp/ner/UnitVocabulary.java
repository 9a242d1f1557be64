package org.canbo.nlp.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.canbo.text.ToneMarks;
import org.canbo.text.TsvResource;

/**
 * The one vocabulary of administrative type words ("huyện", "TX.", "thị trấn") and of the party
 * committees that lead a unit ("Huyện ủy" → huyện), loaded once from {@code units.tsv} with the
 * gazetteer and read by every finder of places, scopes, localities and bodies; immutable.
 */
public final class UnitVocabulary {
  /** Classpath resource of the vocabulary. */
  public static final String RESOURCE = "/org/canbo/nlp/ner/units.tsv";
  /** The row types the file may hold; any other is refused at load. */
  public static final List<String> ROW_TYPES = List.of("type", "abbr", "committee");

  /** One written form and the gazetteer type word it stands for. */
  public record Form(String written, String type) {}

  private final List<Form> typeWords;
  private final List<Form> abbreviations;
  private final List<Form> committees;
  /** Lower-case canonical form without a final "." → type word. */
  private final Map<String, String> byForm;
  private final Map<String, String> byCommittee;

  private UnitVocabulary(List<Form> typeWords, List<Form> abbreviations, List<Form> committees) {
    this.typeWords = List.copyOf(typeWords);
    this.abbreviations = List.copyOf(abbreviations);
    this.committees = List.copyOf(committees);
    Map<String, String> forms = new HashMap<>();
    typeWords.forEach(f -> forms.put(key(f.written()), f.type()));
    abbreviations.forEach(f -> forms.put(key(f.written()), f.type()));
    this.byForm = Map.copyOf(forms);
    Map<String, String> c = new HashMap<>();
    committees.forEach(f -> c.put(key(f.written()), f.type()));
    this.byCommittee = Map.copyOf(c);
  }

  /** Loads the bundled vocabulary; the gazetteer does, once, and hands it out. */
  public static UnitVocabulary load() {
    return TsvResource.loadRows(UnitVocabulary.class, RESOURCE, UnitVocabulary::read);
  }

  /** Reads "row type TAB form TAB type word" lines; an unknown row type names its file and line. */
  public static UnitVocabulary read(List<TsvResource.Line> rows) {
    Map<String, List<Form>> byKind = new LinkedHashMap<>();
    ROW_TYPES.forEach(k -> byKind.put(k, new ArrayList<>()));
    for (TsvResource.Line row : rows) {
      String kind = row.kind(ROW_TYPES);
      String[] f = row.fields();
      if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) {
        throw row.error("needs 'row type<TAB>form<TAB>type word': " + row.text());
      }
      byKind.get(kind).add(new Form(ToneMarks.canonical(f[1].strip()), f[2].strip()));
    }
    Set<String> types = byKind.get("type").stream().map(Form::written)
        .collect(java.util.stream.Collectors.toSet());
    for (String kind : List.of("abbr", "committee")) {
      for (Form form : byKind.get(kind)) {
        if (!types.contains(form.type())) {
          throw new IllegalArgumentException(
              "units: " + kind + " '" + form.written() + "' stands for no listed type word: " + form.type());
        }
      }
    }
    return new UnitVocabulary(byKind.get("type"), byKind.get("abbr"), byKind.get("committee"));
  }

  /** The type word of a written type word or abbreviation ("TX." → "thị xã"), empty when none. */
  public Optional<String> typeOf(String written) {
    return written == null ? Optional.empty() : Optional.ofNullable(byForm.get(key(written)));
  }

  /** The type of unit a committee leads ("Huyện uỷ" → "huyện"), empty when it is no committee. */
  public Optional<String> committeeType(String written) {
    return written == null ? Optional.empty() : Optional.ofNullable(byCommittee.get(key(written)));
  }

  /** The type words whose type passes {@code types}, lower case, in file order. */
  public List<String> typeWords(Predicate<String> types) {
    return typeWords.stream().filter(f -> types.test(f.type())).map(Form::written).toList();
  }

  /** The abbreviations of the types passing {@code types}, as written ("TP", "TT."), in file order. */
  public List<String> abbreviations(Predicate<String> types) {
    return abbreviations.stream().filter(f -> types.test(f.type())).map(Form::written).toList();
  }

  /** The committees as written ("Tỉnh ủy"), in file order. */
  public List<String> committees() {
    return committees(t -> true);
  }

  /** The committees of units whose type passes {@code types}, as written, in file order. */
  public List<String> committees(Predicate<String> types) {
    return committees.stream().filter(f -> types.test(f.type())).map(Form::written).toList();
  }

  /**
   * The words that introduce the name of a unit of the types passing {@code types}, as written:
   * every committee, the type words in lower case and capitalised ("huyện", "Huyện"), the
   * abbreviations without a final "." ("TP").
   */
  public List<String> introducers(Predicate<String> types) {
    List<String> words = new ArrayList<>(committees());
    for (String w : typeWords(types)) {
      words.add(w);
      words.add(capitalised(w));
    }
    words.addAll(abbreviations(types));
    return words;
  }

  /** A regex alternation matching {@link #introducers}, abbreviations with or without their ".". */
  public String introducerPattern(Predicate<String> types) {
    List<String> abbreviations = abbreviations(types);
    List<String> words = new ArrayList<>(introducers(types));
    words.removeAll(abbreviations);
    return alternation(words, false) + "|" + alternation(abbreviations, true);
  }

  /**
   * A regex alternation of forms, longest first so that no form loses to a shorter one it starts
   * with; an abbreviation without a final "." also matches with one ("TP" → {@code TP\.?}).
   */
  public static String alternation(Collection<String> forms, boolean dotted) {
    return forms.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(f -> Pattern.quote(f) + (dotted && !f.endsWith(".") ? "\\.?" : ""))
        .reduce((a, b) -> a + "|" + b).orElse("(?!)");
  }

  /** The form capitalised as a sentence or title starts it ("thị xã" → "Thị xã"). */
  public static String capitalised(String form) {
    return form.isEmpty() ? form : form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1);
  }

  private static String key(String written) {
    String k = ToneMarks.canonical(written.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
    return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
  }
}
