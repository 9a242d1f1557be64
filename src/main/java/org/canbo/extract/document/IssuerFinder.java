package org.canbo.extract.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.model.OrganisationMention;

/**
 * Finds the body that issued a document at a given place in one text: a party or state body
 * (joined when listed: "Ban Chấp hành, Ban Thường vụ Tỉnh ủy khóa XIII", "Bộ Chính trị, Ban Bí
 * thư"), a party congress ("Đại hội Đại biểu Đảng bộ tỉnh lần thứ XIII", "Đại hội Đảng bộ huyện
 * nhiệm kỳ 2020 - 2025"), a numbered meeting of a body ("Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ
 * tỉnh"), the Prime Minister or a chairman of a body; one instance per
 * text, not shared between threads.
 */
final class IssuerFinder {
  private static final Pattern CONGRESS = Pattern.compile(
      "Đại hội(?:\\s+(?iu:đại biểu))?(?:\\s+(?:Đảng bộ|Đảng)(?:\\s+(?iu:tỉnh|thành phố|huyện|quận|thị xã|xã"
          + "|phường))?(?:\\s+\\p{Lu}\\p{L}*){0,3}?)?(?:\\s+(?iu:toàn quốc))?(?:(?:\\s+(?iu:lần thứ))?"
          + "\\s+(?:[IVXLC]+|\\d{1,2})(?![\\p{L}\\d])|\\s*,?\\s+(?iu:nhiệm kỳ)\\s+\\d{4}\\s*" + DocumentKeys.DASH
          + "\\s*\\d{4})(?:\\s+của\\s+Đảng)?");
  /** "Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ tỉnh": a numbered meeting of a named body. */
  private static final Pattern MEETING = Pattern.compile(
      "Hội nghị\\s+(?:(?iu:lần)\\s+)?(?iu:thứ)\\s+(?:" + TailParser.ORDINAL + "|\\d{1,2}|[IVXLC]+)"
          + "(?![\\p{L}\\d])\\s+(?:(?iu:của)\\s+)?");
  private static final Pattern PRIME_MINISTER = Pattern.compile("Thủ tướng(?:\\s+Chính phủ)?");
  private static final Pattern CHAIR = Pattern.compile("(?:Phó\\s+)?Chủ tịch\\s+");
  private static final Pattern LIST_GLUE = Pattern.compile("\\s*,\\s*|\\s+và\\s+");
  static final Pattern TERM = Pattern.compile(
      "\\(?\\s*(?iu:khóa)\\s+(?<first>[IVXLC]+|\\d{1,2})(?![\\p{L}\\d])(?<more>(?:\\s*(?:,|và)\\s*(?:(?iu:khóa)\\s+)?"
          + "[IVXLC]+(?![\\p{L}\\d]))*)(?:\\s*\\))?");

  private final Map<Integer, OrganisationMention> byStart = new HashMap<>();
  private final Map<Integer, OrganisationMention> byEnd = new HashMap<>();
  private final Set<String> generic;
  private final Function<String, String> issuerCode;

  /**
   * {@code genericNames} are too general to single a document out; {@code issuerCode} tells the level
   * of a body ("Bộ Chính trị" and "Ban Bí thư" are both TW), so that only bodies of one level join.
   */
  IssuerFinder(List<OrganisationMention> organisations, List<String> genericNames,
      Function<String, String> issuerCode) {
    for (OrganisationMention o : organisations) {
      byStart.put(o.start(), o);
      byEnd.put(o.end(), o);
    }
    this.generic = Set.copyOf(genericNames);
    this.issuerCode = issuerCode;
  }

  /** The issuer starting exactly at {@code pos} of the canonical text, or null. */
  Issuer at(String canonical, int pos) {
    for (Pattern p : List.of(CONGRESS, PRIME_MINISTER)) {
      Matcher m = p.matcher(canonical).region(pos, canonical.length());
      if (m.lookingAt()) {
        return new Issuer(pos, m.end(), null, false);
      }
    }
    Matcher prefix = CHAIR.matcher(canonical).region(pos, canonical.length());
    if (!prefix.lookingAt()) {
      prefix = MEETING.matcher(canonical).region(pos, canonical.length());
    }
    if (prefix.lookingAt() && byStart.containsKey(prefix.end())) {
      Issuer body = at(canonical, prefix.end());
      return new Issuer(pos, body.end(), body.term(), false);
    }
    OrganisationMention o = byStart.get(pos);
    if (o == null) {
      return null;
    }
    int end = o.end();
    boolean isGeneric = generic.contains(o.name());
    for (OrganisationMention next = listed(canonical, end, o); next != null; next = listed(canonical, end, o)) {
      o = next;
      end = next.end();
      isGeneric = false;
    }
    return withTerm(canonical, pos, end, isGeneric);
  }

  /**
   * The body listed right after {@code end} with a comma or "và" that issues jointly with {@code
   * previous}: a board named alone before the body it shares ("Ban Chấp hành, Ban Thường vụ Tỉnh
   * ủy") or a body of the same level ("Bộ Chính trị, Ban Bí thư"; not "..., Huyện ủy đã ...").
   */
  private OrganisationMention listed(String canonical, int end, OrganisationMention previous) {
    Matcher glue = LIST_GLUE.matcher(canonical).region(end, canonical.length());
    OrganisationMention next = glue.lookingAt() ? byStart.get(glue.end()) : null;
    if (next == null) {
      return null;
    }
    String code = issuerCode.apply(previous.name());
    return code == null || code.equals(issuerCode.apply(next.name())) ? next : null;
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
