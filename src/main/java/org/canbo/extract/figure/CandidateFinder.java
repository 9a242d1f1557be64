package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.canbo.extract.number.NumberMention;
import org.canbo.extract.number.NumberRecognizer;
import org.canbo.nlp.sentence.Sentence;

/**
 * Picks the numbers of a sentence that are personnel figures: counts and ratios need a counted noun
 * from the vocabulary (or an elided one in a list: "Khiển trách 26, cảnh cáo 03"), percentages a
 * sentence about personnel; document numbers, ordinals and labels ("Nghị quyết số 67", "lần thứ
 * 14", "Ảnh 1") are dropped.
 */
final class CandidateFinder {
  /** A document symbol right after the number: "55 - KL/TW", "04-NQ/TU". */
  private static final Pattern SYMBOL_AFTER = Pattern.compile("^\\s*[-–]?\\s*\\p{Lu}{2,6}\\s*/");
  /** What may follow a number whose noun is elided: punctuation, "và", the sentence end. */
  private static final Pattern ELIDED_AFTER = Pattern.compile("^\\s*(?:[;,.)(…]|và\\s|$)");
  private static final Pattern IN_TOTAL_AFTER =
      Pattern.compile("^\\s*trong (?:tổng )?số\\s+(?=\\d)");

  private final Vocabulary vocabulary;
  private final NumberRecognizer recognizer = new NumberRecognizer();

  CandidateFinder(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Candidates of one sentence; {@code previousUnit} is the noun a continuing sentence inherits. */
  List<Candidate> find(String text, String norm, Sentence s, String previousUnit) {
    List<Candidate> out = new ArrayList<>();
    boolean personnel = !vocabulary.find("CAT", norm, s.start(), s.end()).isEmpty()
        || !vocabulary.find("STRONG", norm, s.start(), s.end()).isEmpty()
        || !vocabulary.find("UNIT", norm, s.start(), s.end()).isEmpty();
    for (NumberMention m : recognizer.find(text, norm, s.start(), s.end())) {
      if (isLabel(text, norm, s, m)) {
        continue;
      }
      if (m.isPercent()) {
        if (personnel) {
          out.add(new Candidate(m, s, m.end(), m.end(), null));
        }
        continue;
      }
      Optional<Cue> unit = unitAfter(text, norm, m.end(), s.end());
      if (unit.isPresent()) {
        out.add(new Candidate(m, s, unit.get().start(), unit.get().end(), unit.get().value()));
      } else if (!m.isRatio() && isDigits(text, m)) {
        elidedUnit(text, norm, s, m, out, previousUnit)
            .ifPresent(u -> out.add(new Candidate(m, s, m.end(), m.end(), u)));
      }
    }
    return out;
  }

  private boolean isLabel(String text, String norm, Sentence s, NumberMention m) {
    return vocabulary.endingAt("NOT", norm, s.start(), m.qualifierStart())
            .filter(cue -> !Vocabulary.BLOCK.equals(cue.value())).isPresent()
        || SYMBOL_AFTER.matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 12))).find();
  }

  /** The counted noun right after the number, "lượt" included. */
  private Optional<Cue> unitAfter(String text, String norm, int end, int to) {
    int skip = end;
    while (skip < to && text.charAt(skip) == ' ') {
      skip++;
    }
    final int p = skip;
    int nounStart = norm.startsWith("lượt ", p) ? p + 5 : p;
    return vocabulary.at("UNIT", norm, nounStart, to)
        .map(c -> new Cue(p, c.end(), text.substring(p, c.end()).toLowerCase(Locale.ROOT)));
  }

  /** The noun of "Khiển trách 26" or "14 trong tổng số 44 cán bộ": a preceding figure's noun. */
  private Optional<String> elidedUnit(String text, String norm, Sentence s, NumberMention m,
      List<Candidate> before, String previousUnit) {
    String after = norm.substring(m.end(), s.end());
    var inTotal = IN_TOTAL_AFTER.matcher(after);
    if (inTotal.find()) {
      int numEnd = m.end() + inTotal.end();
      while (numEnd < s.end() && (Character.isDigit(text.charAt(numEnd)) || text.charAt(numEnd) == '.')) {
        numEnd++;
      }
      return unitAfter(text, norm, numEnd, s.end()).map(Cue::value);
    }
    if (!ELIDED_AFTER.matcher(after).find() || !letterBefore(text, s.start(), m.qualifierStart())) {
      return Optional.empty();
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      if (before.get(i).unit() != null) {
        return Optional.of(before.get(i).unit());
      }
    }
    return Optional.ofNullable(previousUnit);
  }

  private static boolean letterBefore(String text, int from, int pos) {
    int i = pos;
    while (i > from && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i > from && Character.isLetter(text.charAt(i - 1));
  }

  private static boolean isDigits(String text, NumberMention m) {
    return Character.isDigit(text.charAt(m.start()));
  }
}
