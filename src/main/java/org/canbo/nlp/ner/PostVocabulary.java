package org.canbo.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.StringList;
import org.canbo.text.ToneMarks;
import org.canbo.text.TsvResource;

/**
 * Immutable vocabulary of posts, bodies, honorifics, type words and family names (resource
 * {@code posts.tsv}), as OpenNLP dictionaries over syllable {@link Tokens}: case-insensitive and
 * keyed by canonical tone placement, so "Huyện uỷ" matches the entry "Huyện ủy".
 */
public final class PostVocabulary {
  /** Classpath resource of the vocabulary. */
  public static final String RESOURCE = "/org/canbo/nlp/ner/posts.tsv";

  /** The kinds of entry, one dictionary each; the span type of a match is the lower-case name. */
  public enum Kind {
    HONORIFIC, FORMER, HEAD, BODY, ORG, TYPE, PLACE, FAMILY, MIDDLE, JOINER;

    /** The span type of this kind's matches. */
    public String type() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The kinds posts.tsv lists (the type words come from {@link UnitVocabulary}). */
  private static final List<String> LISTED_KINDS = Arrays.stream(Kind.values())
      .filter(k -> k != Kind.TYPE).map(Kind::type).toList();

  private final Map<Kind, Dictionary> dictionaries;
  private final Map<Kind, TokenDictionary> tries;
  /** The head and honorific entries in one trie: one walk tells whether either matches. */
  private final TokenDictionary postOrHonorific;
  /** Its test on a sentence's chars, before the sentence is tokenised. */
  private final EntryGate postOrHonorificGate;
  /** Per lower-cased first token of an entry, the {@link #bit}s of the kinds it opens. */
  private final Map<String, Integer> openers;
  private final Set<String> families;
  private final Set<String> middles;

  private PostVocabulary(Map<Kind, Dictionary> dictionaries, Set<String> families,
      Set<String> middles) {
    this.dictionaries = dictionaries;
    Map<Kind, TokenDictionary> t = new EnumMap<>(Kind.class);
    dictionaries.forEach((k, d) -> t.put(k, new TokenDictionary(d)));
    this.tries = t;
    this.postOrHonorific = new TokenDictionary(dictionaries.get(Kind.HEAD),
        dictionaries.get(Kind.HONORIFIC));
    this.postOrHonorificGate = postOrHonorific.gate();
    this.openers = new HashMap<>(); // not Map.copyOf: probing it costs more than hashing
    t.forEach((k, trie) -> trie.firstTokens()
        .forEach(first -> openers.merge(first, bit(k), (a, b) -> a | b)));
    this.families = Set.copyOf(families);
    this.middles = Set.copyOf(middles);
  }

  /** Loads the bundled vocabulary with the bundled type words (tools and tests). */
  public static PostVocabulary load() {
    return load(UnitVocabulary.load());
  }

  /**
   * Loads the bundled vocabulary, its type words from {@code units} (the gazetteer's); call once and
   * share (the dictionaries are read-only).
   */
  public static PostVocabulary load(UnitVocabulary units) {
    return TsvResource.loadRows(PostVocabulary.class, RESOURCE, rows -> read(rows, units));
  }

  /** Reads "kind TAB phrase" lines with the bundled type words. */
  public static PostVocabulary read(InputStream in) throws IOException {
    return read(TsvResource.lines(in, "posts"), UnitVocabulary.load());
  }

  /**
   * Reads "kind TAB phrase" lines; the type words are not listed there but taken from {@code
   * units}, abbreviations with and without their final "." ("TP", "TP.").
   */
  public static PostVocabulary read(List<TsvResource.Line> rows, UnitVocabulary units) {
    Map<Kind, Dictionary> dicts = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      dicts.put(k, new Dictionary(false));
    }
    Set<String> families = new HashSet<>();
    Set<String> middles = new HashSet<>();
    for (TsvResource.Line row : rows) {
      String[] f = row.fields();
      if (f.length != 2 || f[1].isBlank()) {
        throw row.error("not 'kind<TAB>phrase': " + row.text());
      }
      Kind kind = Kind.valueOf(row.kind(LISTED_KINDS).toUpperCase(Locale.ROOT));
      Tokens t = put(dicts.get(kind), f[1].strip());
      if (kind == Kind.FAMILY) {
        families.add(key(t.token(0)));
      } else if (kind == Kind.MIDDLE) {
        middles.add(key(t.token(0)));
      }
    }
    for (String word : units.typeWords(type -> true)) {
      put(dicts.get(Kind.TYPE), word);
    }
    for (String abbreviation : units.abbreviations(type -> true)) {
      put(dicts.get(Kind.TYPE), abbreviation);
      if (!abbreviation.endsWith(".")) {
        put(dicts.get(Kind.TYPE), abbreviation + ".");
      }
    }
    return new PostVocabulary(dicts, families, middles);
  }

  private static Tokens put(Dictionary dictionary, String phrase) {
    Tokens t = Tokens.syllables(Normalizer.normalize(phrase, Normalizer.Form.NFC), 0, phrase.length());
    dictionary.put(new StringList(t.tokens()));
    return t;
  }

  /** The entries of one kind as a token trie: what {@link #finder} finds, found faster. */
  public TokenDictionary dictionary(Kind kind) {
    return tries.get(kind);
  }

  /**
   * The {@link Kind#HEAD} and {@link Kind#HONORIFIC} entries as one trie: it matches where
   * either dictionary does (a post or an honorific starts there).
   */
  public TokenDictionary postOrHonorific() {
    return postOrHonorific;
  }

  /**
   * False when {@link #postOrHonorific()} matches nowhere among the {@link
   * Tokens#canonicalSyllables syllable tokens} of {@code canonical} (a stretch in canonical tone
   * placement), told from its chars without tokenising it; true when it may match.
   */
  public boolean mayHoldPostOrHonorific(String canonical) {
    return postOrHonorificGate.mayMatch(canonical);
  }

  /**
   * The {@link #bit}s of the kinds with an entry whose first token is {@code lowerToken}
   * (lower-cased as {@link TokenDictionary#lowerCase}): one lookup tells which tries can match
   * from a token.
   */
  public int openers(String lowerToken) {
    Integer kinds = openers.get(lowerToken);
    return kinds == null ? 0 : kinds;
  }

  /** The bit of {@code kind} in {@link #openers}. */
  public static int bit(Kind kind) {
    return 1 << kind.ordinal();
  }

  /** A name finder for one kind; cheap, stateless, and typed {@link Kind#type()}. */
  public DictionaryNameFinder finder(Kind kind) {
    return new DictionaryNameFinder(dictionaries.get(kind), kind.type());
  }

  /** True when {@code phrase} (one or more syllables) is an entry of {@code kind}. */
  public boolean contains(Kind kind, String phrase) {
    String s = Normalizer.normalize(phrase, Normalizer.Form.NFC);
    // the trie of the same entries: no StringList hashed and lower-cased per call
    return tries.get(kind).containsAll(Tokens.syllables(s, 0, s.length()).tokens());
  }

  /** True when the syllable is a Vietnamese family name ("Nguyễn", "Vừ"). */
  public boolean isFamilyName(String syllable) {
    return families.contains(key(syllable));
  }

  /**
   * True when the syllable is a middle name that marks a person ("Văn", "Thị"): "Thịnh Văn Khoa"
   * is a name even when its family name is not in the vocabulary.
   */
  public boolean isMiddleName(String syllable) {
    return middles.contains(key(syllable));
  }

  /** The entries of one kind as phrases (syllables joined by single spaces), in no order. */
  public Set<String> phrases(Kind kind) {
    Set<String> out = new HashSet<>();
    dictionaries.get(kind).forEach(e -> {
      StringBuilder b = new StringBuilder();
      e.forEach(tok -> b.append(b.length() == 0 ? "" : " ").append(tok));
      out.add(b.toString());
    });
    return out;
  }

  /** The family names, in canonical tone placement and lower case. */
  public Set<String> familyNames() {
    return families;
  }

  private static String key(String s) {
    return ToneMarks.canonical(Normalizer.normalize(s, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
  }
}
