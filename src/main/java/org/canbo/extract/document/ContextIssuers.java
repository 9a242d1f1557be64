package org.canbo.extract.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the body that issued a document outside what follows its document word: the subject of
 * the verb that issues it ("Huyện ủy đã ban hành Quy định số ..."), a body named in a capitalised
 * title ("Quy định tiêu chuẩn ... thuộc diện Ban Thường vụ Tỉnh ủy quản lý"), or the subject after
 * "Theo quyết định," ("Theo quyết định, Thủ tướng phê chuẩn ..."). Immutable and thread-safe.
 */
final class ContextIssuers {
  private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?()\\n]|,\\s");
  private static final Pattern TITLE_LINK = Pattern.compile("(?<![\\p{L}])(?:của|thuộc diện)\\s+");
  private static final Pattern THEN_COMMA = Pattern.compile("\\s*,\\s*");
  /** "Theo" opening a sentence just before a document word; compiled once, not per mention. */
  private static final Pattern OPENS_WITH_THEO =
      Pattern.compile("(?s).*(?:^|[.!?\\n]\\s*)Theo\\s+$");
  private static final int TITLE_WINDOW = 150;
  private static final int SUBJECT_WINDOW = 40;

  private final Pattern issuedBy;
  private final Pattern issued;
  private final Pattern adopted;

  ContextIssuers(DocumentVocabulary vocabulary) {
    String adverbs = "(?:(?:" + String.join("|", vocabulary.cues("adverb")) + ")\\s+)*";
    String verbs = "(?:" + String.join("|", vocabulary.cues("adopted")) + ")";
    this.issuedBy = Pattern.compile("^(?:\\s+\\(?(?iu:khóa)\\s+[IVXLC]+\\)?)?\\s+" + adverbs + verbs + "\\s+$");
    this.issued = Pattern.compile("(?iu)(?<![\\p{L}])ban hành\\s+$");
    this.adopted = Pattern.compile("(?iu)(?<![\\p{L}])" + verbs + "\\s+$");
  }

  /** "thông qua", "ban hành", "ký" right before the document word ({@code before} ends there). */
  boolean adopted(String before) {
    return adopted.matcher(before).find();
  }

  /** "Huyện ủy đã ban hành Quy định số ...": the body before "ban hành" (or "ký", ...) issued it. */
  Issuer subject(String canonical, int start, IssuerFinder issuers) {
    int from = Math.max(0, start - SUBJECT_WINDOW);
    for (int i = start - 1; i >= from; i--) {
      var body = issuers.endingAt(i);
      if (body != null && issuedBy.matcher(canonical.substring(i, start)).find()) {
        return new Issuer(body.start(), body.end(), null, false);
      }
    }
    return null;
  }

  /**
   * A capitalised title from {@code from} to the clause end that names its body after "của" or
   * "thuộc diện", or, issued ("ban hành" ends {@code before}), any body in it.
   */
  Issuer inTitle(String canonical, int from, IssuerFinder issuers, String before) {
    int limit = Math.min(canonical.length(), from + TITLE_WINDOW);
    Matcher end = CLAUSE_END.matcher(canonical).region(from, limit);
    int to = end.find() ? end.start() : limit;
    Matcher link = TITLE_LINK.matcher(canonical).region(from, to);
    while (link.find()) {
      Issuer issuer = issuers.at(canonical, link.end());
      if (issuer != null && !issuer.generic()) {
        return issuer;
      }
    }
    Integer body = issued.matcher(before).find() ? issuers.firstStartIn(from, to) : null;
    return body == null ? null : issuers.at(canonical, body);
  }

  /** "Theo quyết định, Thủ tướng ...": the body right after the comma, or null. */
  Issuer afterTheo(String canonical, int tailEnd, IssuerFinder issuers) {
    Matcher comma = THEN_COMMA.matcher(canonical).region(tailEnd, canonical.length());
    return comma.lookingAt() ? issuers.at(canonical, comma.end()) : null;
  }

  /** "Theo quyết định, Thủ tướng phê chuẩn ...": the sentence refers to one document. */
  static boolean opensSentenceWithTheo(String canonical, int start, int tailEnd) {
    String before = canonical.substring(Math.max(0, start - 8), start);
    boolean opens = OPENS_WITH_THEO.matcher(before).matches();
    return opens && THEN_COMMA.matcher(canonical).region(tailEnd, canonical.length()).lookingAt();
  }
}
