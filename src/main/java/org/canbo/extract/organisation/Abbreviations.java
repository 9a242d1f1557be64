package org.canbo.extract.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.text.ToneMarks;
import org.canbo.text.TsvResource;

/**
 * Immutable table of the abbreviations of party and state news ("UBND" ↔ "Ủy ban nhân dân", "TX"
 * ↔ "thị xã", "NN&PTNT" ↔ "Nông nghiệp và Phát triển nông thôn"), for organisation names and for the
 * search analyzer's synonyms; abbreviations match case-sensitively, expansions regardless of case
 * and tone-mark placement.
 */
public final class Abbreviations {
  /** Classpath resource: abbreviation TAB expansion, # comments. */
  public static final String RESOURCE = "/org/canbo/extract/organisation/abbreviations.tsv";

  private final Map<String, String> expansions;
  private final Map<String, List<String>> byExpansion;
  private final Pattern token;

  private Abbreviations(Map<String, String> table) {
    Map<String, String> exp = new LinkedHashMap<>();
    Map<String, List<String>> rev = new LinkedHashMap<>();
    table.forEach((abbr, full) -> {
      String a = ToneMarks.canonical(nfc(abbr));
      exp.put(a, nfc(full));
      rev.computeIfAbsent(key(full), k -> new ArrayList<>()).add(a);
    });
    rev.replaceAll((k, v) -> List.copyOf(v));
    this.expansions = Map.copyOf(exp);
    this.byExpansion = Map.copyOf(rev);
    // Longest first so "UBKTTW" wins over "UBKT"; whole tokens only.
    String alternatives = exp.keySet().stream()
        .sorted((x, y) -> y.length() - x.length())
        .map(Pattern::quote)
        .reduce((x, y) -> x + "|" + y)
        .orElse("(?!)");
    this.token = Pattern.compile("(?<![\\p{L}\\p{N}&.-])(?:" + alternatives + ")(?![\\p{L}\\p{N}&])");
  }

  /** Loads the bundled table; call once and share the instance. */
  public static Abbreviations load() {
    return TsvResource.load(Abbreviations.class, RESOURCE, Abbreviations::read);
  }

  /** Reads "abbreviation TAB expansion" lines. */
  public static Abbreviations read(InputStream in) throws IOException {
    Map<String, String> table = new LinkedHashMap<>();
    for (TsvResource.Line row : TsvResource.lines(in)) {
      String[] f = row.fields();
      if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalArgumentException(
            "abbreviation line " + row.number() + " needs two columns: " + row.text());
      }
      table.put(f[0].strip(), f[1].strip());
    }
    return new Abbreviations(table);
  }

  /** The expansion of an abbreviation as written ("UBND" → "Ủy ban nhân dân"). */
  public Optional<String> expand(String abbreviation) {
    return abbreviation == null ? Optional.empty()
        : Optional.ofNullable(expansions.get(ToneMarks.canonical(nfc(abbreviation.strip()))));
  }

  /** The abbreviations of an expansion ("ủy ban nhân dân" → ["UBND"]), empty when none. */
  public List<String> abbreviationsOf(String expansion) {
    return expansion == null ? List.of() : byExpansion.getOrDefault(key(expansion), List.of());
  }

  /** The text with every whole-token abbreviation replaced by its expansion. */
  public String expandAll(String text) {
    Matcher m = token.matcher(ToneMarks.canonical(nfc(text)));
    StringBuilder b = new StringBuilder(text.length() + 16);
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(expansions.get(m.group())));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The whole table, abbreviation → expansion. */
  public Map<String, String> asMap() {
    return expansions;
  }

  private static String key(String s) {
    return ToneMarks.canonical(nfc(s).strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
