package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.canbo.nlp.sentence.Sentence;

/**
 * The evidence a trained model decides a draft on, as feature strings: the kind of number and its
 * noun (class and text), where the category cues of the vocabulary stand (before or after the
 * number in its clause, elsewhere in the sentence, in the previous sentence, in the headline, most
 * often in the article), the rules' own verdict, the words around the number and markers of
 * stock, target and change. Cues and noun classes carry over to articles never seen; words let a
 * model learn what the vocabulary misses. One per document (thread-confined).
 */
final class FigureFeatures {
  /**
   * The version of the feature set; a model trained on another version would read features it
   * never saw or miss those it relies on, so it is refused at load. Bump it with any change here
   * or in what the rules put in a draft, and retrain (README: "The figure model").
   */
  static final String VERSION = "1";

  private final DocumentCues cues;
  private final String text;
  private final String norm;
  private final DocumentWords words;
  private final List<Sentence> sentences;
  private final Set<Integer> titleSentences;
  /** The cues of the headline and the most frequent one, found when a candidate first needs them. */
  private Set<String> titleCues;
  private String documentCue;
  /** The sentence reached and the one before it (null before the first). */
  private Sentence current;
  private Sentence previous;
  /** The sentence whose cues {@link #sentenceCues} and {@link #previousSentenceCues} hold, or -1. */
  private int cuesFor = -1;
  private List<String> previousSentenceCues = List.of();
  private List<String> sentenceCues = List.of();

  /**
   * Features for the drafts of one document. The document-wide cues are found when the first
   * candidate asks for them: an article without candidates never needs the whole-text cue scan.
   */
  FigureFeatures(DocumentCues cues, String text, DocumentWords words, List<Sentence> sentences,
      Set<Integer> titleSentences) {
    this.cues = cues;
    this.text = text;
    this.norm = cues.norm();
    this.words = words;
    this.sentences = sentences;
    this.titleSentences = titleSentences;
  }

  private void findDocumentCues() {
    Set<String> title = new LinkedHashSet<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : sentences) {
      for (Cue cue : cues.find("CAT", s.start(), s.end())) {
        if (titleSentences.contains(s.index())) {
          title.add(cue.value());
        }
        counts.merge(cue.value(), 1, Integer::sum);
      }
    }
    this.titleCues = title;
    this.documentCue = counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse("none");
  }

  /** Call once per sentence, in order, before {@link #of}. */
  void sentence(Sentence s) {
    if (current != null && s.index() == current.index()) {
      return;
    }
    previous = current;
    current = s;
  }

  /** The cues of the sentence reached and of the one before it, found once per sentence. */
  private void findSentenceCues() {
    if (cuesFor == current.index()) {
      return;
    }
    previousSentenceCues = previous == null ? List.of()
        : previous.index() == cuesFor ? sentenceCues : categories(previous);
    sentenceCues = categories(current);
    cuesFor = current.index();
  }

  private List<String> categories(Sentence s) {
    return cues.find("CAT", s.start(), s.end()).stream().map(Cue::value).distinct().toList();
  }

  /** The features of one candidate; {@code clause} bounds it, {@code next} is the next number. */
  List<String> of(Candidate c, CategoryResolver.Clause clause, int next, String ruleCategory,
      boolean ruleKeeps, String role, boolean stock, boolean inTitle, String previousCategory) {
    if (titleCues == null) {
      findDocumentCues();
    }
    findSentenceCues();
    List<String> f = new ArrayList<>(32);
    f.add("kind=" + c.number().kind());
    f.add("uc=" + (c.unitClass() == null ? "none" : c.unitClass().name().toLowerCase(Locale.ROOT)));
    f.add("u=" + (c.unit() == null ? "none" : head(c.unit())));
    if (c.elided()) {
      f.add("elided");
    }
    if (c.number().approx()) {
      f.add("approx");
    }
    if (!c.hasDigits(text)) {
      f.add("words");
    }
    String verdict = ruleKeeps ? ruleCategory : Decision.NONE;
    f.add("rule=" + verdict);
    f.add("rcat=" + ruleCategory);
    f.add("rulekeep=" + ruleKeeps);
    f.add("rule&uc=" + verdict + "&" + f.get(1).substring(3));
    f.add("role=" + role);
    if (stock) {
      f.add("stock");
    }
    if (inTitle) {
      f.add("title");
    }
    f.add("prev=" + (previousCategory == null ? "none" : previousCategory));
    int q = c.number().qualifierStart();
    Cue before = null;
    Cue after = null;
    for (Cue cue : cues.find("CAT", clause.start(), clause.end())) {
      if (cue.end() <= q) {
        before = cue;
      } else if (after == null && cue.start() >= c.tailEnd() && cue.start() < next) {
        after = cue;
      }
    }
    f.add("cb=" + (before == null ? "none" : before.value()));
    f.add("ca=" + (after == null ? "none" : after.value()));
    if (before != null && q - before.end() <= 12) {
      f.add("cb-near=" + before.value());
    }
    for (String cue : sentenceCues) {
      f.add("cs=" + cue);
    }
    for (String cue : previousSentenceCues) {
      f.add("cp=" + cue);
    }
    for (String cue : titleCues) {
      f.add("ct=" + cue);
    }
    f.add("cd=" + documentCue);
    if (cues.any("STRONG", c.sentence().start(), c.sentence().end())) {
      f.add("nonlocal");
    }
    f.add("w-1=" + wordBefore(q, 1));
    f.add("w-2=" + wordBefore(q, 2));
    f.add("w+1=" + wordAfter(c.tailEnd()));
    return f;
  }

  /** The last word of a unit phrase, lower case, syllables joined ("cán bộ, công chức" → "công_chức"). */
  private static String head(String unit) {
    String u = unit.startsWith("lượt ") ? unit.substring(5) : unit;
    return u.strip().replace(' ', '_');
  }

  private String wordBefore(int pos, int n) {
    long i = words.lastEndingBy(pos);
    for (int k = 1; k < n && i >= 0; k++) {
      i = words.previous(i);
    }
    return i < 0 ? "^" : word(i);
  }

  private String wordAfter(int pos) {
    long i = words.firstAtOrAfter(pos);
    return i < 0 ? "$" : word(i);
  }

  private String word(long i) {
    String w = norm.substring(words.start(i), words.end(i));
    return w.isBlank() ? "_" : w.replace(' ', '_');
  }
}
