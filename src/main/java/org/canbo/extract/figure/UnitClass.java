package org.canbo.extract.figure;

import java.util.Locale;
import java.util.Set;

/**
 * What the noun after a number counts. People, posts, bodies, places, courses, votes and cases can
 * be personnel figures; time, age, money, measures, things and population never are, whatever the
 * sentence says ("trong 6 tháng", "7,8 tỉ đồng", "1,8 triệu người dân").
 */
enum UnitClass {
  PERSON, POST, ORG, PLACE, COURSE, VOTE, CASE, UNKNOWN,
  TIME, AGE, MONEY, MEASURE, THING, POPULATION;

  /** Last syllables of nouns for people: học viên, bác sĩ, kỹ sư, chuyên gia, công nhân. */
  private static final Set<String> PERSON_ENDINGS = Set.of("viên", "sĩ", "sỹ", "sư", "gia", "nhân");
  /** First syllables of posts: phó giám đốc, chủ nhiệm, giám đốc, chánh án, trưởng phòng. */
  private static final Set<String> POST_STARTS = Set.of("phó", "chủ", "giám", "chánh", "trưởng");

  /** Whether a number counting this can never be a personnel figure. */
  boolean excluded() {
    return ordinal() > UNKNOWN.ordinal();
  }

  /** Whether this counts people or the posts they hold. */
  boolean people() {
    return this == PERSON || this == POST;
  }

  /** The class named in the vocabulary ("person", "money"...). */
  static UnitClass parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown unit class '" + name + "'");
    }
  }

  /**
   * The class of a noun the vocabulary does not list, from its form: "-viên", "-sĩ", "-sư" name
   * people; "phó ...", "chủ ...", "... trưởng" name posts; anything else is unknown.
   */
  static UnitClass ofForm(String lowerNoun) {
    String[] syllables = lowerNoun.strip().split("[\\s_]+");
    if (syllables.length == 0 || syllables[0].isEmpty()) {
      return UNKNOWN;
    }
    String last = syllables[syllables.length - 1];
    if (syllables.length >= 2 && PERSON_ENDINGS.contains(last)) {
      return PERSON;
    }
    if (syllables.length >= 2 && (POST_STARTS.contains(syllables[0]) || last.equals("trưởng"))) {
      return POST;
    }
    return UNKNOWN;
  }
}
