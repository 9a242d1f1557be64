package org.canbo.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * Rewrites what a user typed into classic query syntax that always parses: words are escaped
 * (so "04-NQ/TU" or "Cao Lộc: ..." are text, not regex or field syntax), a dangling quote or
 * parenthesis is dropped, and AND/OR/NOT without operands are dropped. Only "quoted phrases",
 * (groups), AND/OR/NOT (also {@code &&}, {@code ||}, a leading {@code -}), a trailing
 * {@code *} for prefixes, a trailing {@code ~} (or {@code ~1}, {@code ~2}) for typos, and the
 * fields {@code title:} and {@code source:} before a word or phrase keep a meaning.
 *
 * <p>Field prefixes are rewritten to the alias fields {@link #TITLE_FIELD} and
 * {@link #SOURCE_FIELD} that {@link UserQueryParser} expands; typo tolerance is rewritten to an
 * explicit edit count that depends on the word's length, since one edit already turns most
 * three-letter Vietnamese syllables into dozens of others. Plain words typed one after another
 * become one run, {@code run_any:"Thành ủy Hà Nội"} ({@link #RUN_FIELD}), so the parser can group
 * them into segmented words; a word after NOT stays alone, and AND/OR end a run.
 */
final class QuerySanitizer {
  static final String TITLE_FIELD = "title_any";
  static final String SOURCE_FIELD = "source_any";
  static final String RUN_FIELD = "run_any";
  private static final Pattern FIELD = Pattern.compile("(?i)(title|source):(.*)");
  private static final Pattern FUZZY = Pattern.compile("(.+)~([0-9]?)");

  private enum Kind { WORD, PHRASE, FIELD, OPEN, CLOSE, AND, OR, NOT }

  /** A token; {@code raw} is the typed text of a plain word (no *, ~ or field), else null. */
  private record Tok(Kind kind, String text, String raw) {
    Tok(Kind kind, String text) {
      this(kind, text, null);
    }
  }

  private QuerySanitizer() {}

  /** The query in classic syntax; empty when nothing searchable is left. */
  static String sanitize(String query) {
    return sanitize(query, false);
  }

  /**
   * The query in classic syntax; with {@code typos}, every plain word of four or more letters
   * also matches words one edit away (the automatic retry of a query without hits).
   */
  static String sanitize(String query, boolean typos) {
    return sanitize(query, typos, !typos);
  }

  /** True when allowing typos changes the query (it has a plain word of four or more letters). */
  static boolean typosChange(String query) {
    return !sanitize(query, true).equals(sanitize(query, false, false));
  }

  private static String sanitize(String query, boolean typos, boolean runs) {
    List<Tok> toks = balanceParentheses(lex(query, typos));
    while (true) {
      List<Tok> next = balanceParentheses(dropStrayOperators(toks));
      if (next.equals(toks)) {
        break;
      }
      toks = next;
    }
    if (runs) {
      toks = runs(toks);
    }
    StringBuilder out = new StringBuilder();
    for (Tok t : toks) {
      out.append(out.length() == 0 ? "" : " ").append(t.text());
    }
    return out.toString();
  }

  private static List<Tok> lex(String s, boolean typos) {
    List<Tok> toks = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int close = s.indexOf('"', i + 1);
        if (close > i + 1 && !s.substring(i + 1, close).isBlank()) {
          String phrase = s.substring(i + 1, close).replace("\\", "\\\\");
          toks.add(new Tok(Kind.PHRASE, '"' + phrase + '"'));
        }
        i = close < 0 ? i + 1 : close + 1; // a dangling quote is ignored
      } else if (c == '(' || c == ')') {
        toks.add(new Tok(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c)));
        i++;
      } else {
        int end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))
            && "\"()".indexOf(s.charAt(end)) < 0) {
          end++;
        }
        String w = s.substring(i, end);
        i = end;
        int next = end < s.length() && s.charAt(end) == '"' && unsigned(w).endsWith(":")
            && FIELD.matcher(unsigned(w)).matches() ? fieldPhrase(s, w, end, toks) : -1;
        if (next < 0) {
          word(w, toks, typos);
        } else {
          i = next;
        }
      }
    }
    return toks;
  }

  /** {@code title:"a b"}: returns where lexing goes on, or -1 when no phrase follows. */
  private static int fieldPhrase(String s, String w, int quote, List<Tok> toks) {
    int close = s.indexOf('"', quote + 1);
    if (close < 0 || s.substring(quote + 1, close).isBlank()) {
      return -1;
    }
    if (w.length() > unsigned(w).length() && w.charAt(0) != '+') {
      toks.add(new Tok(Kind.NOT, "NOT"));
    }
    String field = alias(unsigned(w).substring(0, unsigned(w).length() - 1));
    String phrase = s.substring(quote + 1, close).replace("\\", "\\\\");
    toks.add(new Tok(Kind.FIELD, field + ":\"" + phrase + '"'));
    return close + 1;
  }

  private static String unsigned(String w) {
    return w.length() > 1 && "-+!".indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
  }

  private static String alias(String field) {
    return field.equalsIgnoreCase("title") ? TITLE_FIELD : SOURCE_FIELD;
  }

  private static void word(String w, List<Tok> toks, boolean typos) {
    switch (w) {
      case "AND", "&&" -> toks.add(new Tok(Kind.AND, "AND"));
      case "OR", "||" -> toks.add(new Tok(Kind.OR, "OR"));
      case "NOT", "-", "!" -> toks.add(new Tok(Kind.NOT, "NOT"));
      case "+" -> { } // required is the default anyway
      default -> {
        if (w.length() > 1 && (w.charAt(0) == '-' || w.charAt(0) == '!')) {
          toks.add(new Tok(Kind.NOT, "NOT"));
          word(w.substring(1), toks, typos);
        } else if (w.length() > 1 && w.charAt(0) == '+') {
          word(w.substring(1), toks, typos);
        } else if (FIELD.matcher(w).matches() && w.indexOf(':') + 1 < w.length()) {
          Matcher m = FIELD.matcher(w);
          m.matches();
          String field = alias(m.group(1));
          // "title:NOT" means the word: lower case, since the parser reads upper-case operators.
          String raw = m.group(2).matches("AND|OR|NOT") ? m.group(2).toLowerCase(Locale.ROOT)
              : m.group(2);
          // A source is one exact value: no prefix or typo syntax there.
          String value = field.equals(SOURCE_FIELD) ? QueryParser.escape(raw)
              : escapeWord(raw, false);
          toks.add(new Tok(Kind.FIELD, field + ":" + value));
        } else {
          String escaped = escapeWord(w, typos);
          toks.add(new Tok(Kind.WORD, escaped,
              escaped.equals(QueryParser.escape(w)) ? w : null));
        }
      }
    }
  }

  private static String escapeWord(String w, boolean typos) {
    // "luân*": a prefix query, but only with two real chars, so "*" or "a*" cannot explode.
    int stem = w.length() - 1;
    if (w.endsWith("*") && stem >= 2 && letters(w.substring(0, stem))) {
      return QueryParser.escape(w.substring(0, stem)) + "*";
    }
    Matcher fuzzy = FUZZY.matcher(w);
    if (fuzzy.matches() && letters(fuzzy.group(1))) {
      String word = fuzzy.group(1);
      int wanted = fuzzy.group(2).isEmpty() ? 2 : Integer.parseInt(fuzzy.group(2));
      return fuzzy(word, Math.min(wanted, maxEdits(word)));
    }
    if (typos && letters(w)) {
      return fuzzy(w, w.codePointCount(0, w.length()) >= 4 ? 1 : 0);
    }
    return QueryParser.escape(w);
  }

  /** Edits allowed for a typed {@code word~}: none up to 2 letters, 1 up to 5, else 2. */
  private static int maxEdits(String word) {
    int n = word.codePointCount(0, word.length());
    return n <= 2 ? 0 : n <= 5 ? 1 : 2;
  }

  private static String fuzzy(String word, int edits) {
    return QueryParser.escape(word) + (edits == 0 ? "" : "~" + edits);
  }

  private static boolean letters(String w) {
    return !w.isEmpty() && w.codePoints().allMatch(Character::isLetterOrDigit);
  }

  /** Consecutive plain words as one run; a word right after NOT is a run of its own. */
  private static List<Tok> runs(List<Tok> toks) {
    List<Tok> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (Tok t : toks) {
      boolean plain = t.kind() == Kind.WORD && t.raw() != null;
      boolean negated = !out.isEmpty() && out.get(out.size() - 1).kind() == Kind.NOT;
      if (!plain || negated) {
        flushRun(run, out);
      }
      if (plain) {
        run.add(t.raw());
        if (negated) {
          flushRun(run, out);
        }
      } else {
        out.add(t);
      }
    }
    flushRun(run, out);
    return out;
  }

  private static void flushRun(List<String> run, List<Tok> out) {
    if (!run.isEmpty()) {
      String text = String.join(" ", run).replace("\\", "\\\\");
      out.add(new Tok(Kind.WORD, RUN_FIELD + ":\"" + text + '"'));
      run.clear();
    }
  }

  private static List<Tok> balanceParentheses(List<Tok> toks) {
    List<Tok> out = new ArrayList<>();
    int depth = 0;
    for (Tok t : toks) {
      if (t.kind() == Kind.CLOSE && depth == 0) {
        continue;
      }
      depth += t.kind() == Kind.OPEN ? 1 : t.kind() == Kind.CLOSE ? -1 : 0;
      out.add(t);
    }
    for (; depth > 0; depth--) {
      out.add(new Tok(Kind.CLOSE, ")"));
    }
    return out;
  }

  /** One pass; the caller repeats until nothing changes, as a drop can expose new neighbours. */
  private static List<Tok> dropStrayOperators(List<Tok> toks) {
    List<Tok> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      Kind prev = out.isEmpty() ? null : out.get(out.size() - 1).kind();
      Kind next = i + 1 < toks.size() ? toks.get(i + 1).kind() : null;
      boolean keep = switch (t.kind()) {
        case AND, OR -> endsOperand(prev) && startsOperand(next);
        case NOT -> startsOperand(next) && next != Kind.NOT;
        case OPEN -> next != Kind.CLOSE; // the orphaned ")" goes in balanceParentheses
        default -> true;
      };
      if (keep) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean endsOperand(Kind k) {
    return k == Kind.WORD || k == Kind.PHRASE || k == Kind.FIELD || k == Kind.CLOSE;
  }

  private static boolean startsOperand(Kind k) {
    return k == Kind.WORD || k == Kind.PHRASE || k == Kind.FIELD || k == Kind.OPEN
        || k == Kind.NOT;
  }
}
