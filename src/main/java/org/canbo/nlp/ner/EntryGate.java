package org.canbo.nlp.ner;

import java.util.List;
import org.canbo.text.CharTrie;
import org.canbo.text.LowerCase;

/**
 * Whether a stretch of canonical text may hold an entry of a {@link TokenDictionary} among its
 * {@link Tokens#canonicalSyllables syllable tokens}, read off the characters: most sentences hold
 * none, and this turns them away before they are tokenised and lower-cased token by token.
 *
 * <p>It admits every stretch where the dictionary's trie matches its tokens, since what such a
 * match needs can be seen in the chars: each token is the entry's lower-cased token char by char
 * (no surrogates: a stretch holding one is always admitted); only white space, or nothing, stands
 * between two tokens; a token that starts with a letter or digit has none right before it, and
 * one that ends with a letter or digit none right after it (else the run would go on). It admits
 * some stretches where no entry matches (its tokens run on through inner "/" or "&", say); the
 * trie then decides. Immutable and thread-safe.
 */
final class EntryGate {
  /** The edge between two tokens of an entry: a run of white space, possibly empty. */
  private static final char GAP = ' ';
  private static final int TABLE = 0x2000;

  private final CharTrie root = new CharTrie();
  /** The root's children by char below {@link #TABLE}, for the look-up made at every token start. */
  private final CharTrie[] firsts = new CharTrie[TABLE];

  /** A gate for entries given as their lower-cased tokens (no white space, no surrogates). */
  EntryGate(List<List<String>> entries) {
    for (List<String> entry : entries) {
      CharTrie n = root;
      for (int t = 0; t < entry.size(); t++) {
        if (t > 0) {
          n = n.childOrAdd(GAP);
        }
        String token = entry.get(t);
        for (int i = 0; i < token.length(); i++) {
          char c = token.charAt(i);
          if (CharClasses.isWhitespace(c) || Character.isSurrogate(c)) {
            throw new IllegalArgumentException("a gate token holds white space or a surrogate: "
                + entry);
          }
          n = n.childOrAdd(c);
        }
      }
      n.addRank(0);
    }
    for (char c = 0; c < TABLE; c++) {
      firsts[c] = root.child(c);
    }
  }

  /** False when no entry can match among the syllable tokens of {@code canonical}. */
  boolean mayMatch(String canonical) {
    int n = canonical.length();
    for (int p = 0; p < n; p++) {
      char c = canonical.charAt(p);
      if (Character.isSurrogate(c)) {
        return true; // a token's code points lower-case to what chars cannot show
      }
      if (p > 0 && CharClasses.isLetterOrDigit(c)
          && CharClasses.isLetterOrDigit(canonical.charAt(p - 1))) {
        continue; // inside a run of letters and digits: no token starts here
      }
      char lower = LowerCase.of(c);
      CharTrie first = lower < TABLE ? firsts[lower] : root.child(lower);
      if (first != null && walk(first, canonical, p + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an entry ends at {@code node} or further on along {@code s[i, ...)}. */
  private static boolean walk(CharTrie node, String s, int i) {
    if (node.ends() && (i == s.length() || !CharClasses.isLetterOrDigit(s.charAt(i - 1))
        || !CharClasses.isLetterOrDigit(s.charAt(i)))) {
      return true;
    }
    if (i < s.length()) {
      CharTrie next = node.child(LowerCase.of(s.charAt(i)));
      if (next != null && walk(next, s, i + 1)) {
        return true;
      }
    }
    CharTrie gap = node.child(GAP);
    if (gap == null) {
      return false;
    }
    int j = i;
    while (j < s.length() && CharClasses.isWhitespace(s.charAt(j))) {
      j++;
    }
    return walk(gap, s, j);
  }
}
