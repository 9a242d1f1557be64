package org.canbo.extract.organisation;

import org.canbo.text.TsvResource;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.text.GatedMatcher;
import org.canbo.text.ToneMarks;
import org.canbo.text.WordGate;

/**
 * The bodies of {@code bodies.tsv} plus departments ("Sở", "Bộ", "Phòng" + a field of
 * {@code departments.tsv}), compiled into one pattern matched on text with canonical tone marks.
 */
final class BodyVocabulary {
  private static final String BODIES = "/org/canbo/extract/organisation/bodies.tsv";
  private static final String DEPARTMENTS = "/org/canbo/extract/organisation/departments.tsv";
  private static final List<String> DEPARTMENT_HEADS = List.of("Sở", "Bộ", "Phòng");
  /** The roles of bodies.tsv's last column; any other is refused at load. */
  private static final List<String> ROLES = List.of("body", "board", "part");

  private final Map<String, BodyForm> byKey;
  private final Pattern pattern;
  /** The first word of every form, folded: where {@link #pattern} can start. */
  private final WordGate gate;
  /** For each word of {@link #gate}: {@link #pattern} with only the forms that start with it. */
  private final List<Pattern> byFirstWord;

  BodyVocabulary(List<BodyForm> forms) {
    Map<String, BodyForm> keys = new HashMap<>();
    for (BodyForm f : forms) {
      keys.putIfAbsent(key(f.form()), f);
    }
    this.byKey = Map.copyOf(keys);
    List<String> written = keys.values().stream()
        .map(f -> ToneMarks.canonical(f.form()))
        .sorted((x, y) -> y.length() - x.length())
        .toList();
    this.pattern = compile(written);
    List<String> firstWords = written.stream().map(BodyVocabulary::firstWordFolded).distinct().toList();
    this.gate = new WordGate(firstWords);
    // A form can match only where its first word does, so at a position where one first word
    // starts, the forms with that word, in the same order, find what all the forms find.
    this.byFirstWord = firstWords.stream()
        .map(w -> compile(written.stream().filter(f -> firstWordFolded(f).equals(w)).toList()))
        .toList();
  }

  private static Pattern compile(List<String> forms) {
    String alternatives = forms.stream()
        .map(BodyVocabulary::quoteLoosely)
        .reduce((x, y) -> x + "|" + y)
        .orElseThrow();
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}&])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String firstWordFolded(String form) {
    return WordGate.fold(form.split("[ &-]", -1)[0]);
  }

  static BodyVocabulary load() {
    List<BodyForm> forms = new ArrayList<>();
    for (TsvResource.Line line : rows(BODIES, 4)) {
      String[] f = line.fields();
      if (!ROLES.contains(f[3])) {
        throw line.error("unknown role '" + f[3] + "' (known: " + String.join(", ", ROLES) + ")");
      }
      forms.add(new BodyForm(f[0], f[1], f[2], BodyForm.Role.valueOf(f[3].toUpperCase(Locale.ROOT))));
    }
    for (TsvResource.Line line : rows(DEPARTMENTS, 1)) {
      String[] f = line.fields();
      List<String> written = new ArrayList<>(List.of(f[0]));
      if (f.length > 1 && !f[1].isBlank()) {
        written.addAll(List.of(f[1].split("\\|")));
      }
      for (String head : DEPARTMENT_HEADS) {
        for (String w : written) {
          forms.add(new BodyForm(head + " " + w, head + " " + f[0], "state", BodyForm.Role.BODY));
        }
      }
    }
    return new BodyVocabulary(forms);
  }

  /** Finds what {@link #matcher} finds, faster: the pattern is tried only where a form's first word is. */
  GatedMatcher finder(String canonical) {
    return new GatedMatcher(pattern, gate, byFirstWord, canonical);
  }

  /** A matcher over text in canonical tone-mark form. */
  Matcher matcher(String canonical) {
    return pattern.matcher(canonical);
  }

  /** The form a match stands for, or null when its case rules it out ("ban tổ chức", "Tw"). */
  BodyForm formOf(String matched) {
    BodyForm f = byKey.get(key(matched));
    if (f == null) {
      return null;
    }
    if (f.isAbbreviation()) {
      return ToneMarks.canonical(f.form()).equals(matched) ? f : null;
    }
    return Character.isUpperCase(matched.charAt(0)) ? f : null;
  }

  /** Spaces in a form match any run of spaces; "-" and "&" may have spaces around them. */
  private static String quoteLoosely(String form) {
    StringBuilder b = new StringBuilder();
    for (String part : form.split("((?<=[ &-])|(?=[ &-]))")) {
      switch (part) {
        case " " -> b.append("\\s+");
        case "-", "&" -> b.append("\\s*").append(Pattern.quote(part)).append("\\s*");
        default -> b.append(Pattern.quote(part));
      }
    }
    return b.toString();
  }

  static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    if (!singleSpaced(n)) {
      n = n.replaceAll("\\s*([&-])\\s*", "$1").replaceAll("\\s+", " ").strip();
    }
    return ToneMarks.canonical(n).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the spacing of {@link #key} leaves {@code n} as it is: no "&" or "-", and no white space
   * but single spaces between other chars (what nearly every match of a form is).
   */
  private static boolean singleSpaced(String n) {
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '&' || c == '-') {
        return false;
      }
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u000B';
      if (space && (c != ' ' || i == 0 || i == n.length() - 1 || n.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static List<TsvResource.Line> rows(String resource, int minColumns) {
    return TsvResource.loadRows(BodyVocabulary.class, resource, lines -> {
      for (TsvResource.Line line : lines) {
        if (line.fields().length < minColumns || line.fields()[0].isBlank()) {
          throw line.error("has too few columns");
        }
      }
      return lines;
    });
  }
}
