package org.canbo.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * Rewrites what a user typed into classic query syntax that always parses: words are escaped
 * (so "04-NQ/TU" or "Cao Lộc: ..." are text, not regex or field syntax), a dangling quote or
 * parenthesis is dropped, and AND/OR/NOT without operands are dropped. Only "quoted phrases",
 * (groups), AND/OR/NOT (also {@code &&}, {@code ||}, a leading {@code -}) and a trailing
 * {@code *} for prefixes keep a meaning.
 */
final class QuerySanitizer {
  private enum Kind { WORD, PHRASE, OPEN, CLOSE, AND, OR, NOT }

  private record Tok(Kind kind, String text) {}

  private QuerySanitizer() {}

  /** The query in classic syntax; empty when nothing searchable is left. */
  static String sanitize(String query) {
    List<Tok> toks = balanceParentheses(lex(query));
    while (true) {
      List<Tok> next = balanceParentheses(dropStrayOperators(toks));
      if (next.equals(toks)) {
        break;
      }
      toks = next;
    }
    StringBuilder out = new StringBuilder();
    for (Tok t : toks) {
      out.append(out.length() == 0 ? "" : " ").append(t.text());
    }
    return out.toString();
  }

  private static List<Tok> lex(String s) {
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
        word(s.substring(i, end), toks);
        i = end;
      }
    }
    return toks;
  }

  private static void word(String w, List<Tok> toks) {
    switch (w) {
      case "AND", "&&" -> toks.add(new Tok(Kind.AND, "AND"));
      case "OR", "||" -> toks.add(new Tok(Kind.OR, "OR"));
      case "NOT", "-", "!" -> toks.add(new Tok(Kind.NOT, "NOT"));
      case "+" -> { } // required is the default anyway
      default -> {
        if (w.length() > 1 && (w.charAt(0) == '-' || w.charAt(0) == '!')) {
          toks.add(new Tok(Kind.NOT, "NOT"));
          word(w.substring(1), toks);
        } else if (w.length() > 1 && w.charAt(0) == '+') {
          word(w.substring(1), toks);
        } else {
          toks.add(new Tok(Kind.WORD, escapeWord(w)));
        }
      }
    }
  }

  private static String escapeWord(String w) {
    // "luân*": a prefix query, but only with two real chars, so "*" or "a*" cannot explode.
    int stem = w.length() - 1;
    if (w.endsWith("*") && stem >= 2 && w.substring(0, stem).codePoints()
        .allMatch(Character::isLetterOrDigit)) {
      return QueryParser.escape(w.substring(0, stem)) + "*";
    }
    return QueryParser.escape(w);
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
    return k == Kind.WORD || k == Kind.PHRASE || k == Kind.CLOSE;
  }

  private static boolean startsOperand(Kind k) {
    return k == Kind.WORD || k == Kind.PHRASE || k == Kind.OPEN || k == Kind.NOT;
  }
}
