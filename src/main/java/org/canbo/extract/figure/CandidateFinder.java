package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.extract.number.NumberMention;
import org.canbo.extract.number.NumberRecognizer;
import org.canbo.nlp.sentence.Sentence;

/**
 * The numbers of a sentence that may be personnel figures, each with the noun it counts: every
 * percentage, ratio and count except labels ("Nghị quyết số 67", "lần thứ 14", "Ảnh 1", "04-NQ/TU")
 * and counts of what is never personnel (time, age, money, measures, things: see {@link
 * UnitClass}). The noun is open-class, read by {@link UnitFinder}; a number without one takes the
 * noun of its total ("14 trong tổng số 44 cán bộ", "Khiển trách 26", "trong đó nữ 9").
 */
final class CandidateFinder {
  /** A document symbol right after the number: "55 - KL/TW", "04-NQ/TU". */
  private static final Pattern SYMBOL_AFTER = Pattern.compile("^\\s*[-–]?\\s*\\p{Lu}{2,6}\\s*/");
  private static final Pattern IN_TOTAL_AFTER =
      Pattern.compile("^\\s*trong (?:tổng )?số\\s+(?=\\d)");
  /** What may follow a number whose noun is left out: punctuation, "và", a qualifier word. */
  private static final Pattern ELIDED_AFTER = Pattern.compile("^\\s*(?:[;,.)(…:]|và\\s|$|\\p{L})");

  private final Vocabulary vocabulary;
  private final UnitFinder units;
  private final NumberRecognizer recognizer = new NumberRecognizer();

  CandidateFinder(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.units = new UnitFinder(vocabulary);
  }

  /** Candidates of one sentence; {@code previousUnit} is the noun a continuing sentence inherits. */
  List<Candidate> find(String text, String norm, Sentence s, DocumentWords words,
      String previousUnit, TableCells tables) {
    List<Candidate> out = new ArrayList<>();
    for (NumberMention m : recognizer.find(text, norm, s.start(), s.end())) {
      if (isLabel(text, norm, s, m)) {
        continue;
      }
      Optional<TableCells.Position> cell = tables.at(m.start());
      if (cell.isPresent()) {
        tableCell(text, norm, s, m, cell.get()).ifPresent(out::add);
        continue;
      }
      if (m.isPercent()) {
        out.add(new Candidate(m, s, m.end(), m.end(), null, null, false));
        continue;
      }
      Optional<Unit> unit = units.at(text, norm, m.phraseEnd(), s.end(), words);
      if (unit.isPresent()) {
        if (!unit.get().type().excluded() && (isDigits(text, m) || unit.get().type().people()
            || unit.get().type() == UnitClass.ORG)) {
          Unit u = unit.get();
          out.add(new Candidate(m, s, u.start(), u.end(), u.text(), u.type(), false));
        }
      } else if (isDigits(text, m) && !m.isRatio()) {
        elided(text, norm, s, m, words, out, previousUnit).ifPresent(out::add);
      } else if (m.isRatio()) {
        out.add(new Candidate(m, s, m.end(), m.end(), null, null, true));
      }
    }
    return out;
  }

  /**
   * A number that fills a table cell ("Cao Lộc | 12 | 3") counts what its column header names:
   * the header's noun when it has one ("Số cán bộ luân chuyển"), else nothing written.
   */
  private Optional<Candidate> tableCell(String text, String norm, Sentence s, NumberMention m,
      TableCells.Position p) {
    String rest = text.substring(m.end(), p.cell().end()).strip();
    if (m.qualifierStart() != p.cell().start() || !(rest.isEmpty() || rest.equals("%"))) {
      return Optional.empty();
    }
    Cue noun = null;
    if (p.header() != null) {
      for (Cue u : vocabulary.find("UNIT", norm, p.header().start(), p.header().end())) {
        if (!UnitClass.parse(u.value()).excluded()) {
          noun = u;
        }
      }
    }
    String unit = noun == null || m.isPercent() ? null : norm.substring(noun.start(), noun.end());
    UnitClass type = noun == null ? UnitClass.UNKNOWN : UnitClass.parse(noun.value());
    return Optional.of(new Candidate(m, s, m.end(), m.end(), unit, m.isPercent() ? null : type,
        true, p));
  }

  private boolean isLabel(String text, String norm, Sentence s, NumberMention m) {
    return vocabulary.endingAt("NOT", norm, s.start(), m.qualifierStart())
            .filter(cue -> !Vocabulary.BLOCK.equals(cue.value())).isPresent()
        || SYMBOL_AFTER.matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 12))).find();
  }

  /**
   * A number whose noun is left out: "14 trong tổng số 44 cán bộ" counts the noun after the total;
   * a list item ("Khiển trách 26", "huyện: 208") or a number before a qualifier ("11 nữ") takes the
   * noun of the figure before it, else of the sentence before.
   */
  private Optional<Candidate> elided(String text, String norm, Sentence s, NumberMention m,
      DocumentWords words, List<Candidate> before, String previousUnit) {
    String after = norm.substring(m.phraseEnd(), s.end());
    Matcher inTotal = IN_TOTAL_AFTER.matcher(after);
    if (inTotal.find()) {
      int numEnd = m.phraseEnd() + inTotal.end();
      while (numEnd < s.end()
          && (Character.isDigit(text.charAt(numEnd)) || text.charAt(numEnd) == '.')) {
        numEnd++;
      }
      Optional<Unit> total = units.at(text, norm, numEnd, s.end(), words);
      return total.map(u -> new Candidate(m, s, m.phraseEnd(), m.phraseEnd(), u.text(), u.type(),
          true));
    }
    if (!ELIDED_AFTER.matcher(after).find()) {
      return Optional.empty();
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      Candidate c = before.get(i);
      if (c.unit() != null && c.isCount() && c.unitClass() != null
          && (c.unitClass().people() || c.unitClass() == UnitClass.ORG)) {
        return Optional.of(new Candidate(m, s, m.phraseEnd(), m.phraseEnd(), c.unit(),
            c.unitClass(), true));
      }
    }
    if (previousUnit == null && (qualifiesPeople(norm, m.phraseEnd(), s.end())
        || labelled(text, s.start(), m.qualifierStart()))) {
      // "11 nữ", "07 trúng cử": people whose noun is left out
      return Optional.of(new Candidate(m, s, m.phraseEnd(), m.phraseEnd(), "người",
          UnitClass.PERSON, true));
    }
    return Optional.of(new Candidate(m, s, m.phraseEnd(), m.phraseEnd(), previousUnit,
        previousUnit == null ? UnitClass.UNKNOWN : UnitClass.PERSON, true));
  }

  /** A label and a colon before the number: "Nữ: 12", "tái cử: 20". */
  private static boolean labelled(String text, int from, int pos) {
    int i = pos;
    while (i > from && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i - 1 > from && text.charAt(i - 1) == ':' && Character.isLetter(text.charAt(i - 2));
  }

  /** Whether a word that qualifies left-out people follows ("nữ", "trúng cử", "tái cử"). */
  private boolean qualifiesPeople(String norm, int pos, int to) {
    int p = pos;
    while (p < to && norm.charAt(p) == ' ') {
      p++;
    }
    return vocabulary.at("ELIDED", norm, p, to).isPresent();
  }

  private static boolean isDigits(String text, NumberMention m) {
    return Character.isDigit(text.charAt(m.start()));
  }
}
