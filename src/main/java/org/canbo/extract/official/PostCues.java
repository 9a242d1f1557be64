package org.canbo.extract.official;

import java.util.List;
import java.util.Set;

/**
 * The words that give a person a post through a verb rather than apposition: "được bầu làm Bí
 * thư", "giữ chức (vụ) Chủ tịch", "tái đắc cử Phó Bí thư", "từng giữ ...", "là Phó Bí thư", and
 * after a colon that such a verb opens ("từng đảm nhiệm các vị trí: ..."); and the words that may
 * stand between the person and that verb ("tiếp tục được bầu", "nhiệm kỳ 2015-2020"). Stateless.
 */
final class PostCues {
  /** Cue phrases, lower case, that end right before the post. */
  private static final List<String[]> BEFORE_POST = List.of(
      new String[] {"làm"}, new String[] {"giữ"}, new String[] {"chức"},
      new String[] {"chức", "vụ"}, new String[] {"đắc", "cử"}, new String[] {"trúng", "cử"},
      new String[] {"bổ", "nhiệm"}, new String[] {"đảm", "nhiệm"}, new String[] {"kiêm", "nhiệm"},
      new String[] {"trở", "thành"});
  /** Verbs that open a colon-introduced list of posts, at most {@link #COLON_REACH} words back. */
  private static final Set<String> BEFORE_COLON = Set.of("giữ", "nhiệm", "từng", "qua");
  private static final int COLON_REACH = 8;
  /** Function words of a clause between a person and the verb of the new post. */
  private static final Set<String> GAP = Set.of("được", "bầu", "đã", "vừa", "tiếp", "tục", "tái",
      "chính", "thức", "sẽ", "nhiệm", "kỳ", "khóa", "khoá", "lần", "thứ", "từng", "trước", "đó",
      "hiện", "nay", "cũng", "đồng", "thời", "lại", "điều", "động", "chỉ", "định", "phân", "công",
      "luân", "chuyển", "giới", "thiệu", "trực", "với", "tác", "về", "nhận", "vào", "cử",
      "ra", "bổ", "thay", "mới", "giữ", "làm", "đắc", "trúng", ",", "-", "–", "và");

  private PostCues() {}

  /**
   * Where the cue before the post starting at {@code start} begins, or -1 when none; {@code
   * copula} (a bare "là") is only a cue right after the person, which the caller checks.
   */
  static int cueStart(TaggedSentence t, int start) {
    for (String[] cue : BEFORE_POST) {
      if (endsWith(t, start, cue)) {
        return start - cue.length;
      }
    }
    if (t.is(start - 1, "là")) {
      return start - 1;
    }
    if (t.is(start - 1, ":")) {
      for (int i = start - 2; i >= Math.max(0, start - 1 - COLON_REACH); i--) {
        if (BEFORE_COLON.contains(t.token(i).toLowerCase(java.util.Locale.ROOT))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** True when the cue at {@code cue} is the copula "là", which needs its person right before. */
  static boolean isCopula(TaggedSentence t, int cue) {
    return t.is(cue, "là");
  }

  /**
   * True when tokens {@code [from, to)} between a person and a cue are only posts, a parenthesis,
   * numbers, roman numerals and the function words of such a clause.
   */
  static boolean isClauseGap(TaggedSentence t, int from, int to, List<TitlePhrase> titles) {
    int i = from;
    while (i < to) {
      int title = endOfTitleAt(titles, i);
      if (title > i) {
        i = title;
      } else if (t.is(i, "(")) {
        i = Parentheses.close(t, i);
        if (i < 0) {
          return false;
        }
      } else if (isFunctionWord(t.token(i))) {
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean isFunctionWord(String token) {
    return GAP.contains(token.toLowerCase(java.util.Locale.ROOT))
        || token.chars().allMatch(Character::isDigit)
        || token.chars().allMatch(c -> "IVXL".indexOf(c) >= 0);
  }

  private static int endOfTitleAt(List<TitlePhrase> titles, int i) {
    for (TitlePhrase x : titles) {
      if (x.start() == i) {
        return x.end();
      }
    }
    return -1;
  }

  private static boolean endsWith(TaggedSentence t, int end, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!t.is(end - words.length + k, words[k])) {
        return false;
      }
    }
    return true;
  }
}
