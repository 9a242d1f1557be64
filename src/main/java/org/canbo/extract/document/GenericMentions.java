package org.canbo.extract.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.canbo.text.Literals;

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
  /** What {@link #LIST_ITEM} and {@link #listedBefore} need at the end of the text before. */
  private static final List<String> LIST_ENDS = List.of(",", ";", "và", "hoặc");

  private final Pattern plural;
  private final Pattern phrase;
  private final Pattern listedBefore;
  private final Pattern listedAfter;
  private final Pattern act;
  private final Pattern idiom;
  /**
   * The cheap tests in front of the patterns anchored at the end of the text before a document
   * word ({@code ...$}): what that text (or, for idioms, the word) must end with for the pattern
   * to match there; the patterns run only then, and most mentions fail the tests.
   */
  private final List<String> pluralEnds;
  private final List<String> phraseEnds;
  private final List<String> idiomEnds;
  private final int idiomEndLength;

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
    // plural: a cue then spaces, or a list of document words each followed by ",", "và", "hoặc"
    this.pluralEnds = new ArrayList<>(vocabulary.cues("plural"));
    pluralEnds.addAll(List.of(",", "và", "hoặc"));
    this.phraseEnds = vocabulary.cues("phrase");
    this.idiomEnds = vocabulary.cues("idiom").stream()
        .map(i -> i.substring(i.lastIndexOf(' ') + 1)).distinct().toList();
    this.idiomEndLength = idiomEnds.stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * True when the unnumbered mention of {@code docType} at [start, end) with {@code tail} names no
   * one document; {@code before} is the text just before it, {@code theo} whether it opens a
   * "Theo quyết định, ..." sentence.
   */
  boolean generic(String canonical, String before, int start, int end, String docType, Tail tail,
      boolean lower, boolean theo) {
    // "Chỉ thị, Nghị quyết của ...": a kind listed with another kind, not one document with its tail.
    boolean listEnd = Literals.endsWithAnyIgnoreCase(before, LIST_ENDS);
    if (Literals.endsWithAnyIgnoreCase(before, pluralEnds) && plural.matcher(before).find()
        || listEnd && listedBefore.matcher(before).find()
        || tail.end == end && listedAfter.matcher(canonical).region(end, canonical.length()).lookingAt()) {
      return true;
    }
    if (!lower) {
      return false;
    }
    boolean named = tail.issuer != null && !tail.issuer.generic();
    String written = canonical.substring(start, end);
    // an idiom's last word may begin in the text before a document word shorter than it
    boolean idiomEnd = written.length() < idiomEndLength
        || Literals.endsWithAnyIgnoreCase(written, idiomEnds);
    if (!theo && idiomEnd && idiom.matcher(before + written).find()) {
      return true;
    }
    if (DECISION.equals(docType) && tail.issuer == null
        && act.matcher(canonical).region(end, canonical.length()).lookingAt()) {
      return true;
    }
    if (!theo && !named && Literals.endsWithAnyIgnoreCase(before, phraseEnds)
        && phrase.matcher(before).find()) {
      return true;
    }
    return listEnd && LIST_ITEM.matcher(before).find()
        && !(named && TOPIC.matcher(canonical).region(tail.end, canonical.length()).lookingAt());
  }
}
