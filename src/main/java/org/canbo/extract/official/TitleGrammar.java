package org.canbo.extract.official;

import java.util.ArrayList;
import java.util.List;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.nlp.ner.PostVocabulary;
import org.canbo.nlp.ner.PostVocabulary.Kind;

/**
 * Reads the posts of a tagged sentence: {@code [former] head (body | org Name | type [Place] |
 * Place)*}, e.g. "nguyên Giám đốc Sở Nội vụ tỉnh", "Bí thư Huyện ủy Ðiện Biên Ðông". A capitalised
 * run after a body or type word is a place when the gazetteer knows it; when a person's name follows
 * the place in the same run ("Tỉnh ủy Kiên Giang Nguyễn Thanh Nghị") the run is split there and the
 * rest reported as a person. Stateless.
 */
final class TitleGrammar {
  /** What the grammar found: posts and the persons it split off places, as token ranges. */
  record Parse(List<TitlePhrase> titles, List<int[]> persons) {}

  private final Gazetteer gazetteer;
  private final PostVocabulary vocabulary;

  TitleGrammar(Gazetteer gazetteer, PostVocabulary vocabulary) {
    this.gazetteer = gazetteer;
    this.vocabulary = vocabulary;
  }

  /** The titles and the persons they split off in one tagged sentence. */
  Parse parse(TaggedSentence t) {
    List<TitlePhrase> titles = new ArrayList<>();
    List<int[]> persons = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Kind k = t.startsSpan(i);
      int head = k == Kind.FORMER && t.startsSpan(t.spanEnd(i)) == Kind.HEAD ? t.spanEnd(i)
          : k == Kind.HEAD ? i : -1;
      if (head < 0) {
        i++;
        continue;
      }
      TitlePhrase p = extend(t, i, t.spanEnd(head), persons);
      titles.add(p);
      i = p.end();
    }
    return new Parse(titles, persons);
  }

  private TitlePhrase extend(TaggedSentence t, int start, int from, List<int[]> persons) {
    int j = from;
    String placeType = null;
    String placeName = null;
    String body = null;
    boolean placeMayFollow = false;
    boolean nameMayFollow = endsWithOrgWord(t, from); // "Trưởng Ban" Công tác đại biểu
    while (j < t.size()) {
      Kind k = t.startsSpan(j);
      if (k == Kind.BODY || k == Kind.ORG) {
        body = span(t, j, t.spanEnd(j));
        j = k == Kind.ORG ? orgName(t, t.spanEnd(j)) : t.spanEnd(j);
        placeMayFollow = true;
      } else if (k == Kind.TYPE) {
        String type = span(t, j, t.spanEnd(j));
        j = t.spanEnd(j);
        int[] place = isNumber(t, j) ? new int[] {j, j + 1} : place(t, j, persons); // "quận 7"
        if (place != null && placeName == null) {
          placeType = type;
          placeName = span(t, place[0], place[1]);
        }
        j = place == null ? j : place[1];
        body = place == null ? type : body;
        placeMayFollow = false;
      } else if (k == Kind.PLACE) {
        placeName = placeName == null ? span(t, j, t.spanEnd(j)) : placeName;
        j = t.spanEnd(j);
        placeMayFollow = false;
      } else if (k == null && nameMayFollow && t.isCapitalised(j) && !startsName(t, j)) {
        j = orgName(t, j);
      } else if (k == null && placeMayFollow && t.isCapitalised(j)) {
        int[] place = place(t, j, persons);
        if (place == null) {
          break;
        }
        placeName = placeName == null ? span(t, place[0], place[1]) : placeName;
        j = place[1];
        placeMayFollow = false;
      } else if (k == null && t.is(j, "tại") && j > from && isPlaceAhead(t, j + 1)) {
        j++; // "Đảng ủy Khối ... tại TP. Hồ Chí Minh"
      } else {
        break;
      }
      nameMayFollow = false;
    }
    return new TitlePhrase(start, j, placeType, placeName, body);
  }

  /** True when the head ending at {@code headEnd} ends with an org word ("Trưởng Ban"). */
  private boolean endsWithOrgWord(TaggedSentence t, int headEnd) {
    return headEnd > 0 && vocabulary.contains(Kind.ORG, t.token(headEnd - 1));
  }

  private static boolean isPlaceAhead(TaggedSentence t, int j) {
    Kind k = t.startsSpan(j);
    return k == Kind.TYPE || k == Kind.PLACE;
  }

  private static boolean isNumber(TaggedSentence t, int j) {
    return j < t.size() && t.token(j).chars().allMatch(Character::isDigit);
  }

  /**
   * After "Sở", "Bộ"...: capitalised words, each maybe with one lower-case syllable ("Nội vụ"),
   * joined by "và" ("Giáo dục và Đào tạo"), also an enumeration closed by "và" ("Lao động, Thương
   * binh và Xã hội", "Lao động - Thương binh và Xã hội"); a name starts the holder's name instead
   * ("Bộ Nội vụ Phạm Thị Thanh Trà").
   */
  private int orgName(TaggedSentence t, int j) {
    int end = orgWords(t, j);
    while (end > j) {
      if (t.is(end, "và", "&") && t.isCapitalised(end + 1) && !startsName(t, end + 1)) {
        end = orgWords(t, end + 1);
      } else if (t.is(end, ",", "-", "–")) {
        int item = orgWords(t, end + 1);
        if (item == end + 1 || !t.is(item, "và", "&")) {
          return end;
        }
        end = item;
      } else {
        return end;
      }
    }
    return end;
  }

  /**
   * Capitalised words or abbreviations ("VHTT&DL") from {@code j}, each maybe followed by one
   * lower-case syllable; a one-word type word so followed is a word of the name ("Xã hội").
   */
  private int orgWords(TaggedSentence t, int j) {
    while (j < t.size() && (t.kindAt(j) == null || isWordOfName(t, j))
        && (t.isCapitalised(j) && !startsName(t, j) || isAcronym(t.token(j)))) {
      j++;
      if (isLowerWord(t, j)) {
        j++;
      }
    }
    return j;
  }

  /** An upper-case abbreviation of a body's name, "&" inside allowed ("VHTT&DL", "NN&PTNT"). */
  private static boolean isAcronym(String token) {
    return token.length() > 1 && token.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')
        && Character.isUpperCase(token.charAt(0));
  }

  private static boolean isWordOfName(TaggedSentence t, int j) {
    return t.startsSpan(j) == Kind.TYPE && t.spanEnd(j) == j + 1 && isLowerWord(t, j + 1);
  }

  private static boolean isLowerWord(TaggedSentence t, int j) {
    return j < t.size() && t.kindAt(j) == null && Character.isLowerCase(t.token(j).charAt(0))
        && !t.is(j, "và");
  }

  /** A family name or any capitalised syllable before a middle name, then a capitalised one. */
  private boolean startsName(TaggedSentence t, int j) {
    if (!t.isCapitalised(j + 1)) {
      return false;
    }
    return vocabulary.isFamilyName(t.token(j))
        || vocabulary.isMiddleName(t.token(j + 1)) && t.isCapitalised(j) && t.isCapitalised(j + 2);
  }

  /**
   * The gazetteer place starting at {@code j}, as {start, end}, or null: the longest prefix of the
   * capitalised run that names a unit and leaves either nothing or a family-name-first name of 2-4
   * syllables, which is added to {@code persons}.
   */
  private int[] place(TaggedSentence t, int j, List<int[]> persons) {
    int run = j;
    while (run < t.size() && t.kindAt(run) == null && t.isCapitalised(run) && run - j < 8) {
      run++;
    }
    for (int end = Math.min(run, j + gazetteer.maxNameWords()); end > j; end--) {
      int rest = run - end;
      boolean personFollows = rest >= 2 && rest <= 4 && startsName(t, end);
      if ((rest == 0 || personFollows) && gazetteer.contains(span(t, j, end))) {
        if (personFollows) {
          persons.add(new int[] {end, run});
        }
        return new int[] {j, end};
      }
    }
    return null;
  }

  private static String span(TaggedSentence t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i == from ? "" : " ").append(t.token(i));
    }
    return b.toString();
  }
}
