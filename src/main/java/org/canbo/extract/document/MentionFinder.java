package org.canbo.extract.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.text.GatedMatcher;

/**
 * Finds the citations of named documents in one text, with the evidence that each names one
 * document ({@link Evidence}), and drops generic mentions ({@link GenericMentions}). A document word
 * counts with a number, a plenum, a specific issuer ("của Bộ Chính trị", "Huyện ủy đã ban hành
 * ..."), a term, or, capitalised in mid-sentence, a title: one naming a body ("Quy định tiêu chuẩn
 * chức danh cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý"), one with its subject ("Quy định về
 * phân cấp quản lý cán bộ"), or one adopted in the event reported ("thông qua Nghị quyết ...").
 */
final class MentionFinder {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");
  private static final Pattern MEETING = Pattern.compile("(?:Đại hội|Hội nghị)(?![\\p{L}])");
  private static final Pattern TOPIC_WORDS = Pattern.compile("\\p{L}+(?:\\s+\\p{L}+){0,2}");
  /** A plenum's resolutions are the Central Committee's. */
  private static final String PLENUM_ISSUER = "Trung ương";
  /** What is not enough alone to single out a document. */
  private static final Set<Evidence> SUPPORTING =
      EnumSet.of(Evidence.DATED, Evidence.CAPITALISED, Evidence.REPEATED);

  private final DocumentVocabulary vocabulary;
  private final TailParser tails;
  private final GenericMentions generic;
  private final ContextIssuers context;
  private final Set<String> announced;

  MentionFinder(DocumentVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.tails = new TailParser(vocabulary.cues("count"), vocabulary.cues("qualifier"));
    this.generic = new GenericMentions(vocabulary);
    this.context = new ContextIssuers(vocabulary);
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
        && ContextIssuers.opensSentenceWithTheo(canonical, start, tail.end);
    if (!tail.hasNumber() && tail.plenum == null
        && generic.generic(canonical, before, start, end, type.docType(), tail, lower, theo)) {
      return;
    }
    Set<Evidence> evidence = tailEvidence(canonical, start, tail, lower);
    Issuer issuer = tail.issuer;
    if (issuer == null && (issuer = context.subject(canonical, start, issuers)) != null) {
      evidence.add(Evidence.ISSUED_BY);
    }
    if (!tail.partyAsIssuer) {
      if (issuer == null && !identified(evidence)) {
        issuer = untitledIssuer(canonical, tail, issuers, lower, theo, before, evidence);
      }
      if (evidence.contains(Evidence.CAPITALISED)) { // a title adds to any other evidence
        titleEvidence(canonical, before, tail, evidence);
      }
    }
    if (identified(evidence)) {
      emit(text, type, tail, issuer, start, end, evidence, topic(canonical, tail.end), out);
    }
  }

  /** Evidence from what follows the document word and from how it is written. */
  private static Set<Evidence> tailEvidence(String canonical, int start, Tail tail, boolean lower) {
    Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
    if (tail.numberForm != null) {
      evidence.add(tail.numberForm);
    }
    if (tail.plenum == null && tail.conference) {
      int sentence = sentenceStart(canonical, start);
      tail.plenum = TailParser.lastPlenum(canonical, sentence, start);
      if (tail.plenum != null) {
        evidence.add(Evidence.CONFERENCE);
      }
    }
    if (tail.plenum != null && !evidence.contains(Evidence.CONFERENCE)) {
      evidence.add(Evidence.PLENUM);
    }
    if (tail.date != null) {
      evidence.add(Evidence.DATED);
    }
    if (!lower && !tail.terms.isEmpty()) {
      evidence.add(Evidence.TERM);
    }
    if (!lower && midSentence(canonical, start)) {
      evidence.add(Evidence.CAPITALISED);
    }
    if (tail.issuer != null && !(lower && tail.issuer.generic())) {
      boolean meeting = MEETING.matcher(canonical).region(tail.issuer.start(), tail.issuer.end()).lookingAt();
      evidence.add(meeting ? Evidence.MEETING : Evidence.ISSUER);
    }
    return evidence;
  }

  /** A body named by a capitalised title or after "Theo quyết định,"; adds its evidence. */
  private Issuer untitledIssuer(String canonical, Tail tail, IssuerFinder issuers,
      boolean lower, boolean theo, String before, Set<Evidence> evidence) {
    Issuer issuer = lower ? null : context.inTitle(canonical, tail.end, issuers, before);
    Evidence kind = Evidence.TITLE_ISSUER;
    if (issuer == null && theo) {
      issuer = context.afterTheo(canonical, tail.end, issuers);
      kind = Evidence.ANNOUNCED;
    }
    if (issuer != null && !(lower && issuer.generic())) {
      evidence.add(kind);
      if (issuer.term() != null && tail.terms.isEmpty()) {
        tail.terms.add(issuer.term());
      }
    }
    return issuer;
  }

  /** A capitalised title with its subject ("Quy định về ...") or adopted ("thông qua Nghị quyết"). */
  private void titleEvidence(String canonical, String before, Tail tail, Set<Evidence> evidence) {
    if (GenericMentions.TOPIC.matcher(canonical).region(tail.end, canonical.length()).lookingAt()) {
      evidence.add(Evidence.TOPIC);
    }
    if (context.adopted(before)) {
      evidence.add(Evidence.ADOPTED);
    }
  }

  /** The first words of the subject ("về phân cấp quản lý cán bộ" → "phân cấp quản"), or null. */
  private static String topic(String canonical, int from) {
    Matcher t = GenericMentions.TOPIC.matcher(canonical).region(from, canonical.length());
    if (!t.lookingAt()) {
      return null;
    }
    Matcher words = TOPIC_WORDS.matcher(canonical).region(t.end() - 1, canonical.length());
    return words.lookingAt()
        ? DocumentVocabulary.SPACES.matcher(words.group().toLowerCase(Locale.ROOT)).replaceAll(" ")
        : null;
  }

  private static boolean identified(Set<Evidence> evidence) {
    return evidence.stream().anyMatch(e -> !SUPPORTING.contains(e));
  }

  private static void emit(String text, DocumentVocabulary.TypeForm type, Tail tail, Issuer issuer,
      int start, int end, Set<Evidence> evidence, String topic, List<DocumentMention> out) {
    String issuerText = issuer != null ? text.substring(issuer.start(), issuer.end())
        : tail.plenum != null ? PLENUM_ISSUER : null;
    int mentionEnd = Math.max(tail.end, issuer != null && issuer.start() > start ? issuer.end() : end);
    List<String> numbers = tail.hasNumber() ? tail.numbers : Collections.singletonList(null);
    List<String> terms = tail.terms.isEmpty() ? Collections.singletonList(null) : tail.terms;
    for (String number : numbers) {
      // "Nghị quyết Trung ương 4 khóa XI, XII" cites two resolutions; a numbered one has one term.
      for (String term : tail.plenum != null ? terms : terms.subList(0, 1)) {
        out.add(new DocumentMention(type.docType(), number, number == numbers.get(0) ? tail.date : null,
            issuerText, term, tail.plenum, start, mentionEnd, evidence, topic));
      }
    }
  }

  /** Inside a sentence, after a word: a capital there is the writer's, not the sentence's. */
  private static boolean midSentence(String canonical, int start) {
    int i = start - 1;
    while (i >= 0 && (canonical.charAt(i) == ' ' || canonical.charAt(i) == '\u00A0')) {
      i--;
    }
    return i >= 0 && (Character.isLetterOrDigit(canonical.charAt(i)) || canonical.charAt(i) == ',');
  }

  private static int sentenceStart(String canonical, int pos) {
    int from = Math.max(0, pos - 400);
    Matcher m = SENTENCE_END.matcher(canonical).region(from, pos);
    int start = from;
    while (m.find()) {
      start = m.end();
    }
    return start;
  }
}
