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
 *       ... - Chủ tịch HĐND huyện", "Lê Quốc Chỉnh (sinh năm 1968), Trưởng Ban ...", posts
 *       chained by ",", "-", "–", ";" or "kiêm";
 *   <li>post before name: "Phó Chủ tịch UBND tỉnh Dương Tất Thắng", "Phó Bí thư Thường trực Huyện
 *       ủy – Nguyễn Văn Cương", a list entry "Bí thư Tỉnh ủy Lai Châu: Ông Lò Văn Giàng", "chức vụ
 *       Chủ tịch UBND tỉnh Bắc Kạn của ông Trương Chí Trung", "Ủy viên UBND tỉnh là ông Lê Văn
 *       Minh", with the chain of posts before it;
 *   <li>a post given by a verb ({@link PostCues}: "được bầu làm", "giữ chức", "tái đắc cử") goes to
 *       the nearest person before it in the clause, and to the persons coordinated with that one
 *       ("Các đồng chí A và B được bầu làm Phó Bí thư").
 * </ul>
 * Posts nobody is named for ("Phó Chủ tịch UBND tỉnh cho rằng") stay unlinked. Anaphors only take
 * posts given by a verb ("ông từng giữ ..."). Stateless.
 */
final class MentionLinker {
  /** How a person got a post, strongest evidence first. */
  enum Tie { POST_BEFORE, APPOSITION, NEW_POST, SHARED_POST }

  /** A person, the posts linked to it in text order, and the strongest way one was linked. */
  record Link(PersonSpan person, List<TitlePhrase> titles, Tie tie) {}

  List<Link> link(TaggedSentence t, List<TitlePhrase> titles, List<PersonSpan> persons) {
    Linking l = new Linking(t, titles, persons);
    for (PersonSpan p : persons) {
      if (!p.anaphor()) {
        l.appositive(p);
      }
    }
    for (PersonSpan p : persons) {
      if (!p.anaphor()) {
        l.preceding(p);
      }
    }
    for (TitlePhrase title : titles) {
      l.newPost(title);
    }
    return l.links();
  }

  /** The state of linking one sentence. */
  private static final class Linking {
    private final TaggedSentence t;
    private final List<TitlePhrase> titles;
    private final List<PersonSpan> persons;
    private final Map<PersonSpan, List<TitlePhrase>> linked = new LinkedHashMap<>();
    private final Map<PersonSpan, Tie> ties = new LinkedHashMap<>();
    private final Set<TitlePhrase> used = new HashSet<>();

    Linking(TaggedSentence t, List<TitlePhrase> titles, List<PersonSpan> persons) {
      this.t = t;
      this.titles = titles;
      this.persons = persons;
      persons.forEach(p -> linked.put(p, new ArrayList<>()));
    }

    /** "NAME, post, post ...", also after a bracketed detail: posts right after the name. */
    void appositive(PersonSpan p) {
      int j = p.end();
      if (t.is(j, "(") && startingAt(j + 1) == null) {
        j = Parentheses.close(t, j);
        if (j < 0) {
          return;
        }
      }
      if (isSeparator(j)) {
        TitlePhrase first = startingAt(j + 1);
        if (first != null && !used.contains(first) && !introducesPerson(first)) {
          tie(p, chainFrom(first), Tie.APPOSITION);
        }
      }
    }

    /** "post NAME", "post – NAME", "post: Ông NAME", "post của/là ông NAME", and the chain before. */
    void preceding(PersonSpan p) {
      int before = p.start();
      if (before > 0 && t.token(before - 1).equalsIgnoreCase(t.token(before))) {
        before -= 1; // the stuttered first syllable PersonFilter left out ("Hà Hà Thị Nga")
      }
      if (t.kindAt(before - 1) == Kind.HONORIFIC) {
        before = t.is(before - 2, "của", "là", ",", ":", "-", "–", "—") ? before - 2 : before - 1;
      } else if (t.is(before - 1, "-", "–", "—", ":")) {
        before -= 1;
      }
      TitlePhrase title = endingAt(before);
      List<TitlePhrase> chain = new ArrayList<>();
      while (title != null && !used.contains(title)) {
        chain.add(title);
        used.add(title);
        title = isSeparator(title.start() - 1) ? endingAt(title.start() - 1) : null;
      }
      tie(p, chain, Tie.POST_BEFORE);
    }

    /** A post given by a verb: to the nearest person before it and those coordinated with it. */
    void newPost(TitlePhrase title) {
      int cue = used.contains(title) ? -1 : PostCues.cueStart(t, title.start());
      PersonSpan subject = cue < 0 ? null : nearestBefore(cue);
      if (subject == null || !(PostCues.isCopula(t, cue) ? isAdjacent(subject.end(), cue)
          : PostCues.isClauseGap(t, subject.end(), cue, titles))) {
        return;
      }
      List<PersonSpan> group = subject.anaphor() ? List.of(subject) : coordinated(subject);
      List<TitlePhrase> chain = chainFrom(title);
      group.forEach(p -> tie(p, chain, group.size() > 1 ? Tie.SHARED_POST : Tie.NEW_POST));
    }

    List<Link> links() {
      List<Link> out = new ArrayList<>();
      linked.forEach((p, ts) -> {
        if (!ts.isEmpty()) {
          ts.sort((a, b) -> Integer.compare(a.start(), b.start()));
          out.add(new Link(p, List.copyOf(ts), ties.get(p)));
        }
      });
      return out;
    }

    private void tie(PersonSpan p, List<TitlePhrase> chain, Tie tie) {
      if (chain.isEmpty()) {
        return;
      }
      chain.forEach(x -> {
        used.add(x);
        if (!linked.get(p).contains(x)) {
          linked.get(p).add(x);
        }
      });
      ties.merge(p, tie, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    /** {@code first} and the unused posts chained after it, up to one that opens another person. */
    private List<TitlePhrase> chainFrom(TitlePhrase first) {
      List<TitlePhrase> chain = new ArrayList<>(List.of(first));
      int j = first.end();
      while (isSeparator(j) || t.is(j, ";")) {
        TitlePhrase next = startingAt(j + 1);
        if (next == null || used.contains(next) || chain.contains(next) || introducesPerson(next)) {
          break;
        }
        chain.add(next);
        j = next.end();
      }
      return chain;
    }

    /** True when a named person follows the post ("post NAME", "post: ông NAME"). */
    private boolean introducesPerson(TitlePhrase title) {
      int j = title.end();
      j = t.is(j, "-", "–", ":", "là", "của") ? j + 1 : j;
      j = t.kindAt(j) == Kind.HONORIFIC ? t.spanEnd(j) : j;
      for (PersonSpan p : persons) {
        if (!p.anaphor() && p.start() == j) {
          return true;
        }
      }
      return false;
    }

    /** The named persons joined to {@code last} by "và", "," and honorifics, in text order. */
    private List<PersonSpan> coordinated(PersonSpan last) {
      List<PersonSpan> group = new ArrayList<>(List.of(last));
      PersonSpan current = last;
      for (PersonSpan before = nearestBefore(current.start()); before != null && !before.anaphor()
          && isConnector(before.end(), current.start()); before = nearestBefore(current.start())) {
        group.add(0, before);
        current = before;
      }
      return group;
    }

    private boolean isConnector(int from, int to) {
      for (int i = from; i < to; i++) {
        if (!t.is(i, ",", "và", "cùng") && t.kindAt(i) != Kind.HONORIFIC) {
          return false;
        }
      }
      return from < to;
    }

    /** True when only a bracketed detail stands between a person's end and {@code at}. */
    private boolean isAdjacent(int end, int at) {
      return end == at || t.is(end, "(") && Parentheses.close(t, end) == at;
    }

    private PersonSpan nearestBefore(int at) {
      PersonSpan best = null;
      for (PersonSpan p : persons) {
        if (p.end() <= at && (best == null || p.end() > best.end())) {
          best = p;
        }
      }
      return best;
    }

    private boolean isSeparator(int i) {
      return t.is(i, ",", "-", "–", "—", "(") || t.kindAt(i) == Kind.JOINER;
    }

    private TitlePhrase startingAt(int i) {
      return titles.stream().filter(x -> x.start() == i).findFirst().orElse(null);
    }

    private TitlePhrase endingAt(int i) {
      return titles.stream().filter(x -> x.end() == i).findFirst().orElse(null);
    }
  }
}
