package org.canbo.extract.document;

import java.util.regex.Pattern;

/**
 * Tells generic mentions of a kind of document from citations of one: plurals ("các chỉ thị,
 * nghị quyết của Đảng"), lists of kinds ("Chỉ thị, Nghị quyết của Trung ương"), lower-case list items
 * ("chủ trương, nghị quyết của Tỉnh ủy"), set phrases ("theo quy định", "đúng quy định", also before a body: "theo quy định
 * của Bộ Nội vụ") and personnel acts ("trao quyết định luân chuyển"). A named body after a set phrase ("theo hướng dẫn
 * của Ban Tổ chức Trung ương"), or a named body and a subject after a list item ("chủ trương và
 * quyết định của Bộ Chính trị về luân chuyển cán bộ"), single one document out again. Immutable.
 */
final class GenericMentions {
  /** A lower-case kind after a comma or "và" is one item of a list of nouns. */
  private static final Pattern LIST_ITEM = Pattern.compile("(?:[,;]|\\s(?:và|hoặc))\\s*$");
  /** "về <subject>" after a citation: what the document is about. */
  static final Pattern TOPIC = Pattern.compile("\\s*,?\\s+về\\s+\\p{L}");
  private static final String DECISION = "Quyết định";

  private final Pattern plural;
  private final Pattern phrase;
  private final Pattern listedBefore;
  private final Pattern listedAfter;
  private final Pattern act;
  private final Pattern idiom;

  GenericMentions(DocumentVocabulary vocabulary) {
    String docWord = "(?:" + vocabulary.typePattern().pattern() + ")";
    this.plural = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + String.join("|", vocabulary.cues("plural"))
        + ")\\s+(?:" + docWord + "\\s*(?:,|và|hoặc)\\s*)*$");
    this.phrase = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + String.join("|", vocabulary.cues("phrase"))
        + ")\\s+$");
    this.listedBefore = Pattern.compile(docWord + "\\s*(?:,|;|và|hoặc)\\s*$");
    this.listedAfter = Pattern.compile("\\s*(?:,|;|và|hoặc)\\s*" + docWord);
    this.idiom = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + String.join("|", vocabulary.cues("idiom"))
        .replace(" ", "\\s+") + ")$");
    this.act = Pattern.compile("\\s+(?:" + String.join("|", vocabulary.cues("act")) + ")(?![\\p{L}])");
  }

  /**
   * True when the unnumbered mention of {@code docType} at [start, end) with {@code tail} names no
   * one document; {@code before} is the text just before it, {@code theo} whether it opens a
   * "Theo quyết định, ..." sentence.
   */
  boolean generic(String canonical, String before, int start, int end, String docType, Tail tail,
      boolean lower, boolean theo) {
    // "Chỉ thị, Nghị quyết của ...": a kind listed with another kind, not one document with its tail.
    if (plural.matcher(before).find() || listedBefore.matcher(before).find()
        || tail.end == end && listedAfter.matcher(canonical).region(end, canonical.length()).lookingAt()) {
      return true;
    }
    if (!lower) {
      return false;
    }
    boolean named = tail.issuer != null && !tail.issuer.generic();
    if (!theo && idiom.matcher(before + canonical.substring(start, end)).find()) {
      return true;
    }
    if (DECISION.equals(docType) && tail.issuer == null
        && act.matcher(canonical).region(end, canonical.length()).lookingAt()) {
      return true;
    }
    if (!theo && !named && phrase.matcher(before).find()) {
      return true;
    }
    return LIST_ITEM.matcher(before).find()
        && !(named && TOPIC.matcher(canonical).region(tail.end, canonical.length()).lookingAt());
  }
}
