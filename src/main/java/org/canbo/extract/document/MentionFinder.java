package org.canbo.extract.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.text.GatedMatcher;

/**
 * Finds the citations of named documents in one text and drops generic mentions: a document word
 * counts with a number, a plenum, a specific issuer ("của Bộ Chính trị", "Huyện ủy đã ban hành
 * ..."), a term, or, written with a capital, a title naming a body ("Quy định tiêu chuẩn chức danh
 * cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý"); plurals ("các chỉ thị, nghị quyết của Đảng")
 * and set phrases ("theo quy định") never do without a number.
 */
final class MentionFinder {
  private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?()\\n]|,\\s");
  private static final Pattern TITLE_LINK = Pattern.compile("(?<![\\p{L}])(?:của|thuộc diện)\\s+");
  /** A lower-case kind after a comma or "và" is one item of a list of nouns. */
  private static final Pattern LIST_ITEM = Pattern.compile("(?:[,;]|\\s(?:và|hoặc))\\s*$");
  private static final Pattern THEN_COMMA = Pattern.compile("\\s*,\\s*");
  private static final int TITLE_WINDOW = 150;
  /** A plenum's resolutions are the Central Committee's. */
  private static final String PLENUM_ISSUER = "Trung ương";

  private final DocumentVocabulary vocabulary;
  private final TailParser tails;
  private final Pattern plural;
  private final Pattern phrase;
  private final Pattern issuedBy;
  private final Pattern issued;
  private final Pattern listedBefore;
  private final Pattern listedAfter;
  private final Set<String> announced;

  MentionFinder(DocumentVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.tails = new TailParser(vocabulary.cues("count"));
    String docWord = "(?:" + vocabulary.typePattern().pattern() + ")";
    this.plural = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + String.join("|", vocabulary.cues("plural"))
        + ")\\s+(?:" + docWord + "\\s*(?:,|và|hoặc)\\s*)*$");
    this.phrase = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + String.join("|", vocabulary.cues("phrase"))
        + ")\\s+$");
    String adverbs = "(?:(?:" + String.join("|", vocabulary.cues("adverb")) + ")\\s+)*";
    this.issuedBy = Pattern.compile("^(?:\\s+\\(?(?iu:khóa)\\s+[IVXLC]+\\)?)?\\s+" + adverbs + "ban hành\\s+$");
    this.issued = Pattern.compile("(?iu)(?<![\\p{L}])ban hành\\s+$");
    this.listedBefore = Pattern.compile(docWord + "\\s*(?:,|;|và|hoặc)\\s*$");
    this.listedAfter = Pattern.compile("\\s*(?:,|;|và|hoặc)\\s*" + docWord);
    this.announced = Set.copyOf(vocabulary.cues("announced"));
  }

  List<DocumentMention> find(String text, String canonical, IssuerFinder issuers) {
    List<DocumentMention> out = new ArrayList<>();
    GatedMatcher types = vocabulary.typeFinder(canonical);
    Matcher m = types.matcher();
    for (int from = 0; from <= canonical.length() && types.find(from); from = m.end()) {
      DocumentVocabulary.TypeForm type = m.group("word") != null
          ? vocabulary.word(m.group("word")) : vocabulary.abbreviation(m.group("abbr"));
      if (type != null) {
        mentions(text, canonical, m.start(), m.end(), type, issuers, out);
      }
    }
    return out;
  }

  private void mentions(String text, String canonical, int start, int end,
      DocumentVocabulary.TypeForm type, IssuerFinder issuers, List<DocumentMention> out) {
    String written = canonical.substring(start, end);
    boolean lower = Character.isLowerCase(written.charAt(0));
    String before = canonical.substring(Math.max(0, start - 80), start);
    Tail tail = tails.parse(canonical, text, end, issuers, lower);
    boolean theo = announced.contains(written.toLowerCase(Locale.ROOT))
        && opensSentenceWithTheo(canonical, start, tail.end);
    if (!tail.hasNumber() && tail.plenum == null && generic(canonical, before, tail, lower, theo)) {
      return;
    }
    boolean specific = tail.hasNumber() || tail.plenum != null
        || tail.issuer != null && !(lower && tail.issuer.generic())
        || !tail.terms.isEmpty() && !lower;
    Issuer issuer = tail.issuer != null ? tail.issuer : subjectIssuer(canonical, start, issuers);
    if (!specific && !tail.partyAsIssuer) {
      if (issuer == null && !lower) {
        issuer = titleIssuer(canonical, tail.end, issuers, issued.matcher(before).find());
      }
      if (issuer == null && theo) {
        Matcher comma = THEN_COMMA.matcher(canonical).region(tail.end, canonical.length());
        issuer = comma.lookingAt() ? issuers.at(canonical, comma.end()) : null;
      }
      specific |= issuer != null && !(lower && issuer.generic());
      if (issuer != null && issuer.term() != null && tail.terms.isEmpty()) {
        tail.terms.add(issuer.term());
      }
    }
    if (!specific) {
      return;
    }
    emit(text, type, tail, issuer, start, end, out);
  }

  private static void emit(String text, DocumentVocabulary.TypeForm type, Tail tail, Issuer issuer,
      int start, int end, List<DocumentMention> out) {
    String issuerText = issuer != null ? text.substring(issuer.start(), issuer.end())
        : tail.plenum != null ? PLENUM_ISSUER : null;
    int mentionEnd = Math.max(tail.end, issuer != null && issuer.start() > start ? issuer.end() : end);
    List<String> numbers = tail.hasNumber() ? tail.numbers : Collections.singletonList(null);
    List<String> terms = tail.terms.isEmpty() ? Collections.singletonList(null) : tail.terms;
    for (String number : numbers) {
      // "Nghị quyết Trung ương 4 khóa XI, XII" cites two resolutions; a numbered one has one term.
      for (String term : tail.plenum != null ? terms : terms.subList(0, 1)) {
        out.add(new DocumentMention(type.docType(), number, number == numbers.get(0) ? tail.date : null,
            issuerText, term, tail.plenum, start, mentionEnd));
      }
    }
  }

  /**
   * Plurals ("các chỉ thị, nghị quyết"), lists of kinds ("Chỉ thị, Nghị quyết của Trung ương",
   * "chủ trương, nghị quyết của Tỉnh ủy") and set phrases ("theo quy định") name no one document.
   */
  private boolean generic(String canonical, String before, Tail tail, boolean lower, boolean theo) {
    if (plural.matcher(before).find() || listedBefore.matcher(before).find()
        || listedAfter.matcher(canonical).region(tail.end, canonical.length()).lookingAt()) {
      return true;
    }
    return lower && (!theo && phrase.matcher(before).find() || LIST_ITEM.matcher(before).find());
  }

  /** "Huyện ủy đã ban hành Quy định số ...": the body before "ban hành" issued it. */
  private Issuer subjectIssuer(String canonical, int start, IssuerFinder issuers) {
    int from = Math.max(0, start - 40);
    for (int i = start - 1; i >= from; i--) {
      var body = issuers.endingAt(i);
      if (body != null && issuedBy.matcher(canonical.substring(i, start)).find()) {
        return new Issuer(body.start(), body.end(), null, false);
      }
    }
    return null;
  }

  /** A capitalised title up to the clause end that names its body after "của" or "thuộc diện". */
  private Issuer titleIssuer(String canonical, int from, IssuerFinder issuers, boolean issued) {
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
    Integer body = issued ? issuers.firstStartIn(from, to) : null;
    return body == null ? null : issuers.at(canonical, body);
  }

  /** "Theo quyết định, Thủ tướng phê chuẩn ...": the sentence refers to one document. */
  private static boolean opensSentenceWithTheo(String canonical, int start, int tailEnd) {
    String before = canonical.substring(Math.max(0, start - 8), start);
    boolean opens = before.matches("(?s).*(?:^|[.!?\\n]\\s*)Theo\\s+$");
    return opens && THEN_COMMA.matcher(canonical).region(tailEnd, canonical.length()).lookingAt();
  }
}
