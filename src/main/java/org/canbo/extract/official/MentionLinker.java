package org.canbo.extract.official;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.canbo.nlp.ner.PostVocabulary.Kind;

/**
 * Links the persons of one sentence to its posts, by the ways Vietnamese news writes them:
 * <ul>
 *   <li>apposition: "Đồng chí Hồ Văn Vịnh, Bí thư Thị ủy Quảng Yên", "Lê Minh Giang - Phó Bí thư
 *       ... - Chủ tịch HĐND huyện", posts chained by ",", "-", "–" or "kiêm";
 *   <li>post before name: "Phó Chủ tịch UBND tỉnh Dương Tất Thắng", also after a dash
 *       ("Phó Bí thư Thường trực Huyện ủy – Nguyễn Văn Cương") and with a chain before it;
 *   <li>"chức vụ Chủ tịch UBND tỉnh Bắc Kạn của ông Trương Chí Trung", "Ủy viên UBND tỉnh là ông
 *       Lê Văn Minh";
 *   <li>a new post "giữ chức Bí thư Tỉnh ủy Quảng Trị" goes to the nearest person before it.
 * </ul>
 * Posts nobody is named for ("Phó Chủ tịch UBND tỉnh cho rằng") stay unlinked. Stateless.
 */
final class MentionLinker {
  /** Person tokens {@code [start, end)} and the posts linked to them, in text order. */
  record Link(int start, int end, List<TitlePhrase> titles) {}

  List<Link> link(TaggedSentence t, List<TitlePhrase> titles, List<int[]> persons) {
    Map<int[], List<TitlePhrase>> linked = new LinkedHashMap<>();
    persons.forEach(p -> linked.put(p, new ArrayList<>()));
    Set<TitlePhrase> used = new HashSet<>();
    for (int[] p : persons) {
      appositive(t, p, titles, used, linked.get(p));
    }
    for (int[] p : persons) {
      preceding(t, p, titles, used, linked.get(p));
    }
    for (TitlePhrase title : titles) {
      if (!used.contains(title) && isNewPost(t, title.start())) {
        nearestBefore(persons, title.start()).ifPresent(p -> {
          linked.get(p).add(title);
          used.add(title);
        });
      }
    }
    List<Link> out = new ArrayList<>();
    linked.forEach((p, ts) -> {
      if (!ts.isEmpty()) {
        ts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out.add(new Link(p[0], p[1], List.copyOf(ts)));
      }
    });
    return out;
  }

  /** "NAME, post, post ...": posts right after the name, chained by separators. */
  private static void appositive(TaggedSentence t, int[] p, List<TitlePhrase> titles,
      Set<TitlePhrase> used, List<TitlePhrase> out) {
    int j = p[1];
    while (isSeparator(t, j)) {
      TitlePhrase next = startingAt(titles, j + 1);
      if (next == null || used.contains(next)) {
        return;
      }
      out.add(next);
      used.add(next);
      j = next.end();
    }
  }

  /**
   * "post NAME", "post – NAME", "post của ông NAME", "post là ông NAME", and the chain of posts
   * before that post.
   */
  private static void preceding(TaggedSentence t, int[] p, List<TitlePhrase> titles,
      Set<TitlePhrase> used, List<TitlePhrase> out) {
    int before = p[0];
    if (t.kindAt(before - 1) == Kind.HONORIFIC && t.is(before - 2, "của", "là")) {
      before -= 2;
    } else if (t.is(before - 1, "-", "–", "—", ":")) {
      before -= 1;
    }
    TitlePhrase title = endingAt(titles, before);
    while (title != null && !used.contains(title)) {
      out.add(title);
      used.add(title);
      if (!isSeparator(t, title.start() - 1)) {
        return;
      }
      title = endingAt(titles, title.start() - 1);
    }
  }

  private static boolean isSeparator(TaggedSentence t, int i) {
    return t.is(i, ",", "-", "–", "—", "(") || t.kindAt(i) == Kind.JOINER;
  }

  /** "giữ chức (vụ) POST", "giữ (chức) POST", "làm POST" after a named person. */
  private static boolean isNewPost(TaggedSentence t, int start) {
    if (t.is(start - 1, "chức") && t.is(start - 2, "giữ")) {
      return true;
    }
    return t.is(start - 1, "vụ") && t.is(start - 2, "chức") && t.is(start - 3, "giữ");
  }

  private static java.util.Optional<int[]> nearestBefore(List<int[]> persons, int start) {
    int[] best = null;
    for (int[] p : persons) {
      if (p[1] <= start && (best == null || p[1] > best[1])) {
        best = p;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private static TitlePhrase startingAt(List<TitlePhrase> titles, int i) {
    return titles.stream().filter(x -> x.start() == i).findFirst().orElse(null);
  }

  private static TitlePhrase endingAt(List<TitlePhrase> titles, int i) {
    return titles.stream().filter(x -> x.end() == i).findFirst().orElse(null);
  }
}
