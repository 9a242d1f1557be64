package org.canbo.extract.official;

import java.util.Arrays;
import org.canbo.nlp.ner.PostVocabulary;
import org.canbo.nlp.ner.PostVocabulary.Kind;
import org.canbo.nlp.ner.TokenDictionary;
import org.canbo.nlp.ner.Tokens;

/**
 * One sentence's syllable tokens tagged by the vocabulary's dictionaries, matched (longest entry
 * first, left to right, as OpenNLP's dictionary name finder does) in priority order: what an earlier
 * dictionary claimed ("Trưởng Ban") cannot be matched again by a later one ("Ban Tổ chức"), so
 * "Trưởng Ban Tổ chức" reads as post "Trưởng Ban" of body "Tổ chức".
 */
final class TaggedSentence {
  /** Dictionary kinds in the order they claim tokens. */
  static final Kind[] ORDER = {Kind.PLACE, Kind.HONORIFIC, Kind.FORMER, Kind.HEAD, Kind.BODY,
      Kind.TYPE, Kind.JOINER, Kind.ORG};

  final Tokens tokens;
  private final Kind[] kind;
  private final int[] spanEnd;

  private TaggedSentence(Tokens tokens, Kind[] kind, int[] spanEnd) {
    this.tokens = tokens;
    this.kind = kind;
    this.spanEnd = spanEnd;
  }

  /**
   * False when {@link #tag} would find neither a post nor an honorific: no head or honorific entry
   * matches anywhere, even with no token claimed by another dictionary (claims only take matches
   * away). One trie of both dictionaries instead of eight, for the many sentences that name no
   * one. {@code lower} holds the tokens {@link TokenDictionary#lowerCase lower-cased}, made once
   * for this and {@link #tag}.
   */
  static boolean mayHavePostOrHonorific(Tokens tokens, String[] lower, PostVocabulary vocabulary) {
    String[] toks = tokens.tokens();
    boolean[] none = new boolean[toks.length];
    TokenDictionary either = vocabulary.postOrHonorific();
    for (int start = 0; start < toks.length; start++) {
      if (either.longestMatch(toks, lower, none, start) > start) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per token of {@code lower}, the {@link PostVocabulary#openers} bits of the kinds with an entry
   * starting with it: a dictionary whose bit a token lacks matches nothing from there.
   */
  static int[] openers(String[] lower, PostVocabulary vocabulary) {
    int[] out = new int[lower.length];
    for (int i = 0; i < lower.length; i++) {
      out[i] = vocabulary.openers(lower[i]);
    }
    return out;
  }

  /**
   * Tags {@code tokens} ({@code lower} lower-cased) with the finders of {@code vocabulary}, each
   * dictionary tried only from the tokens that open one of its entries.
   */
  static TaggedSentence tag(Tokens tokens, String[] lower, PostVocabulary vocabulary) {
    return tag(tokens, lower, openers(lower, vocabulary), vocabulary);
  }

  /**
   * {@link #tag(Tokens, String[], PostVocabulary)}, each dictionary tried where {@code openers}
   * has its bit (all bits set: everywhere).
   */
  static TaggedSentence tag(Tokens tokens, String[] lower, int[] openers,
      PostVocabulary vocabulary) {
    int n = tokens.size();
    Kind[] kind = new Kind[n];
    int[] spanEnd = new int[n];
    Arrays.fill(spanEnd, -1);
    String[] toks = tokens.tokens();
    boolean[] claimed = new boolean[n];
    for (Kind k : ORDER) {
      TokenDictionary dictionary = vocabulary.dictionary(k);
      int bit = PostVocabulary.bit(k);
      for (int start = 0; start < n; start++) {
        int end = claimed[start] || (openers[start] & bit) == 0 ? -1
            : dictionary.longestMatch(toks, lower, claimed, start);
        if (end > start) {
          spanEnd[start] = end;
          for (int i = start; i < end; i++) {
            kind[i] = k;
            claimed[i] = true;
          }
          start = end - 1;
        }
      }
    }
    dropFormerWithoutPost(kind, spanEnd);
    return new TaggedSentence(tokens, kind, spanEnd);
  }

  /**
   * "nguyên", "quyền" only mark a post right before one; elsewhere they are words of a name or a
   * place ("Trần Văn Nguyên", "Thái Nguyên") and must not cut it.
   */
  private static void dropFormerWithoutPost(Kind[] kind, int[] spanEnd) {
    for (int i = 0; i < kind.length; i++) {
      if (spanEnd[i] >= 0 && kind[i] == Kind.FORMER) {
        int next = spanEnd[i];
        if (next >= kind.length || spanEnd[next] < 0 || kind[next] != Kind.HEAD) {
          Arrays.fill(kind, i, next, null);
          spanEnd[i] = -1;
        }
      }
    }
  }

  int size() {
    return tokens.size();
  }

  String token(int i) {
    return tokens.token(i);
  }

  /** The kind of the dictionary span starting at {@code i}, or null. */
  Kind startsSpan(int i) {
    return i < size() && spanEnd[i] >= 0 ? kind[i] : null;
  }

  /** End (exclusive) of the dictionary span starting at {@code i}. */
  int spanEnd(int i) {
    return spanEnd[i];
  }

  /** True when some dictionary span of {@code k} was found. */
  boolean hasKind(Kind k) {
    for (Kind x : kind) {
      if (x == k) {
        return true;
      }
    }
    return false;
  }

  /** The kind covering token {@code i}, or null. */
  Kind kindAt(int i) {
    return i >= 0 && i < size() ? kind[i] : null;
  }

  /** A capitalised word of letters (apostrophes inside allowed: "H'Hen"). */
  boolean isCapitalised(int i) {
    if (i < 0 || i >= size()) {
      return false;
    }
    String t = tokens.token(i);
    return Character.isUpperCase(t.charAt(0))
        && t.chars().allMatch(c -> Character.isLetter(c) || Tokens.isApostrophe((char) c));
  }

  boolean is(int i, String... words) {
    if (i < 0 || i >= size()) {
      return false;
    }
    for (String w : words) {
      if (tokens.token(i).equalsIgnoreCase(w)) {
        return true;
      }
    }
    return false;
  }
}
