package org.canbo.extract.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.model.OrganisationMention;

/**
 * Finds the body that issued a document at a given place in one text: a party or state body
 * (joined when listed: "Ban Chấp hành, Ban Thường vụ Tỉnh ủy khóa XIII"), a party congress ("Đại hội
 * Đại biểu Đảng bộ tỉnh lần thứ XIII"), the Prime Minister or a chairman of a body; one instance per
 * text, not shared between threads.
 */
final class IssuerFinder {
  private static final Pattern CONGRESS = Pattern.compile(
      "Đại hội(?:\\s+(?iu:đại biểu))?(?:\\s+(?:Đảng bộ|Đảng)(?:\\s+(?iu:tỉnh|thành phố|huyện|quận|thị xã|xã"
          + "|phường))?(?:\\s+\\p{Lu}\\p{L}*){0,3}?)?(?:\\s+(?iu:toàn quốc))?(?:\\s+(?iu:lần thứ))?"
          + "\\s+(?:[IVXLC]+|\\d{1,2})(?![\\p{L}\\d])(?:\\s+của\\s+Đảng)?");
  private static final Pattern PRIME_MINISTER = Pattern.compile("Thủ tướng(?:\\s+Chính phủ)?");
  private static final Pattern CHAIR = Pattern.compile("(?:Phó\\s+)?Chủ tịch\\s+");
  private static final Pattern LIST_GLUE = Pattern.compile("\\s*,\\s*|\\s+và\\s+");
  static final Pattern TERM = Pattern.compile(
      "\\(?\\s*(?iu:khóa)\\s+(?<first>[IVXLC]+|\\d{1,2})(?![\\p{L}\\d])(?<more>(?:\\s*(?:,|và)\\s*(?:(?iu:khóa)\\s+)?"
          + "[IVXLC]+(?![\\p{L}\\d]))*)(?:\\s*\\))?");
  /** Boards named alone before the body they share: "Ban Chấp hành, Ban Thường vụ Tỉnh ủy". */
  private static final Set<String> SHARED_BOARDS = Set.of("Ban Chấp hành", "Ban Thường vụ");

  private final Map<Integer, OrganisationMention> byStart = new HashMap<>();
  private final Map<Integer, OrganisationMention> byEnd = new HashMap<>();
  private final Set<String> generic;

  IssuerFinder(List<OrganisationMention> organisations, List<String> genericNames) {
    for (OrganisationMention o : organisations) {
      byStart.put(o.start(), o);
      byEnd.put(o.end(), o);
    }
    this.generic = Set.copyOf(genericNames);
  }

  /** The issuer starting exactly at {@code pos} of the canonical text, or null. */
  Issuer at(String canonical, int pos) {
    for (Pattern p : List.of(CONGRESS, PRIME_MINISTER)) {
      Matcher m = p.matcher(canonical).region(pos, canonical.length());
      if (m.lookingAt()) {
        return new Issuer(pos, m.end(), null, false);
      }
    }
    Matcher chair = CHAIR.matcher(canonical).region(pos, canonical.length());
    if (chair.lookingAt() && byStart.containsKey(chair.end())) {
      return withTerm(canonical, pos, byStart.get(chair.end()).end(), false);
    }
    OrganisationMention o = byStart.get(pos);
    if (o == null) {
      return null;
    }
    int end = o.end();
    boolean isGeneric = generic.contains(o.name());
    while (SHARED_BOARDS.contains(o.name())) {
      Matcher glue = LIST_GLUE.matcher(canonical).region(end, canonical.length());
      OrganisationMention next = glue.lookingAt() ? byStart.get(glue.end()) : null;
      if (next == null) {
        break;
      }
      o = next;
      end = next.end();
      isGeneric = false;
    }
    return withTerm(canonical, pos, end, isGeneric);
  }

  /** The body that ends exactly at {@code pos}, if any ("Huyện ủy| đã ban hành ..."). */
  OrganisationMention endingAt(int pos) {
    return byEnd.get(pos);
  }

  /** The first body starting inside [from, to). */
  Integer firstStartIn(int from, int to) {
    for (int i = from; i < to; i++) {
      if (byStart.containsKey(i)) {
        return i;
      }
    }
    return null;
  }

  /** "Tỉnh ủy khóa XIII": the term belongs to the body when written right after it. */
  private static Issuer withTerm(String canonical, int start, int end, boolean generic) {
    Matcher t = TERM.matcher(canonical).region(end, canonical.length());
    if (end < canonical.length() && canonical.charAt(end) == ' ' && t.lookingAt()
        && canonical.charAt(end + 1) != '(') {
      return new Issuer(start, t.end(), "khóa " + t.group("first"), generic);
    }
    return new Issuer(start, end, null, generic);
  }
}
