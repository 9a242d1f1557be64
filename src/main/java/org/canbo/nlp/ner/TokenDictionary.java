package org.canbo.nlp.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * A case-insensitive OpenNLP {@link Dictionary} as a trie of tokens, so that the longest entry
 * starting at a token is found in one walk instead of one hashed {@link StringList} per window
 * (which {@link DictionaryNameFinder} builds for every start and length, lower-casing and
 * interning every token each time).
 *
 * <p>Matches exactly what the dictionary matches: the trie is keyed by tokens lower-cased code
 * point by code point, as the dictionary's hash is, and an entry found is confirmed with
 * {@link String#compareToIgnoreCase}, as the dictionary's equality does. Immutable and thread-safe.
 */
public final class TokenDictionary {
  private final Node root = new Node();

  /**
   * The entries of case-insensitive dictionaries: one of several matches where any of them
   * matches, each entry confirmed as its own dictionary confirms it.
   */
  public TokenDictionary(Dictionary... dictionaries) {
    for (Dictionary dictionary : dictionaries) {
      if (dictionary.isCaseSensitive()) {
        throw new IllegalArgumentException("only case-insensitive dictionaries");
      }
      for (StringList entry : dictionary) {
        String[] tokens = new String[entry.size()];
        Node n = root;
        for (int i = 0; i < tokens.length; i++) {
          tokens[i] = entry.getToken(i);
          n = n.children.computeIfAbsent(lowerCase(tokens[i]), k -> new Node());
        }
        n.entries.add(tokens);
      }
    }
  }

  /**
   * End (exclusive) of the longest entry equal to {@code tokens[from, end)}, or -1. {@code lower}
   * holds the tokens {@link #lowerCase lower-cased}; tokens where {@code blocked} is true match
   * nothing.
   */
  public int longestMatch(String[] tokens, String[] lower, boolean[] blocked, int from) {
    int found = -1;
    Node n = root;
    for (int j = from; j < tokens.length && !blocked[j]; j++) {
      n = n.children.get(lower[j]);
      if (n == null) {
        break;
      }
      if (!n.entries.isEmpty() && n.confirms(tokens, from)) {
        found = j + 1;
      }
    }
    return found;
  }

  /** True when {@code tokens}, all of them, are one entry. */
  public boolean containsAll(String[] tokens) {
    Node n = root;
    for (String token : tokens) {
      n = n.children.get(lowerCase(token));
      if (n == null) {
        return false;
      }
    }
    return n != root && !n.entries.isEmpty() && n.confirms(tokens, 0);
  }

  /** The lower-cased first tokens of the entries: no match starts at any other token. */
  public Set<String> firstTokens() {
    return Collections.unmodifiableSet(root.children.keySet());
  }

  /** The character-level test that turns away text where no entry can match. */
  EntryGate gate() {
    List<List<String>> keys = new ArrayList<>();
    collectKeys(root, new ArrayList<>(), keys);
    return new EntryGate(keys);
  }

  /** The lower-cased tokens of every entry at or below {@code n}, reached by {@code path}. */
  private static void collectKeys(Node n, List<String> path, List<List<String>> out) {
    if (!n.entries.isEmpty()) {
      out.add(List.copyOf(path));
    }
    n.children.forEach((token, child) -> {
      path.add(token);
      collectKeys(child, path, out);
      path.remove(path.size() - 1);
    });
  }

  /** What {@link DictionaryNameFinder#find} finds with this dictionary, typed {@code type}. */
  public Span[] find(String[] tokens, String type) {
    String[] lower = lowerCase(tokens);
    boolean[] none = new boolean[tokens.length];
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      int end = longestMatch(tokens, lower, none, i);
      if (end > i) {
        out.add(new Span(i, end, type));
        i = end - 1;
      }
    }
    return out.toArray(new Span[0]);
  }

  /** Every token lower-cased by {@link #lowerCase(String)}. */
  public static String[] lowerCase(String[] tokens) {
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = lowerCase(tokens[i]);
    }
    return out;
  }

  /**
   * Lower case code point by code point ({@link Character#toLowerCase(int)}), as OpenNLP's
   * {@code StringUtil.toLowerCase} hashes dictionary entries; unlike {@link String#toLowerCase}
   * no context or locale rules. The token itself when nothing changes.
   */
  public static String lowerCase(String token) {
    int i = 0;
    while (i < token.length()) {
      if (CharClasses.isTabledAndNotLowered(token.charAt(i))) {
        i++; // a code point of its own that lower-casing leaves, as below
        continue;
      }
      int c = token.codePointAt(i);
      if (Character.toLowerCase(c) != c) {
        break;
      }
      i += Character.charCount(c);
    }
    if (i == token.length()) {
      return token;
    }
    StringBuilder b = new StringBuilder(token.length()).append(token, 0, i);
    while (i < token.length()) {
      int c = token.codePointAt(i);
      b.appendCodePoint(Character.toLowerCase(c));
      i += Character.charCount(c);
    }
    return b.toString();
  }

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    /** The entries (as put, in their own case) ending here. */
    final List<String[]> entries = new ArrayList<>(1);

    /** True when an entry ending here equals {@code tokens[from, from + length)} ignoring case. */
    boolean confirms(String[] tokens, int from) {
      for (String[] e : entries) {
        boolean same = true;
        for (int k = 0; k < e.length && same; k++) {
          same = e[k].compareToIgnoreCase(tokens[from + k]) == 0;
        }
        if (same) {
          return true;
        }
      }
      return false;
    }
  }
}
