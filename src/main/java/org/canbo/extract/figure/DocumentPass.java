package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Figure;
import org.canbo.model.Period;
import org.canbo.nlp.sentence.Sentence;

/**
 * One walk through a document's sentences, holding what carries from sentence to sentence: the
 * period of the running statement (dropped after two sentences without figures or dates), the
 * scope opened by "Tại huyện ...", the last category and noun. Thread-confined, one per document.
 */
final class DocumentPass {
  /** Sentences without figures or dates after which a period stops carrying. */
  private static final int PERIOD_IDLE_LIMIT = 2;
  /** How many sentences back a figure without cues may take its category from. */
  private static final int CATEGORY_REACH = 2;

  private final FigureExtractor x;
  private final String doc;
  private final String text;
  private final String norm;
  private final ArticleMetadata meta;
  private final List<Figure> figures = new ArrayList<>();
  private final Map<Integer, int[]> bounds = new HashMap<>();
  private final Set<Integer> titleSentences = new HashSet<>();

  private PeriodPhrase carriedPeriod;
  private int idle;
  private String scope;
  private String lastCategory;
  private int lastCategorySentence = -10;
  private String lastUnit;
  private boolean lastCategoryOrg;

  DocumentPass(FigureExtractor x, String doc, String text, String norm, ArticleMetadata meta) {
    this.x = x;
    this.doc = doc;
    this.text = text;
    this.norm = norm;
    this.meta = meta;
  }

  void sentence(Sentence s, boolean cutOff) {
    bounds.put(s.index(), new int[] {s.start(), s.end()});
    if (meta.title() != null && s.text(text).strip().equals(meta.title().strip())) {
      titleSentences.add(s.index());
    }
    x.scopes().opener(text, norm, s.start(), s.end(), meta.locality()).ifPresent(o -> scope = o);
    List<PeriodPhrase> phrases = x.periods().find(text, norm, s.start(), s.end(), meta.date());
    List<Candidate> found = cutOff ? List.of()
        : x.candidates().find(text, norm, s, continues(s) ? lastUnit : null);
    Candidate previous = null;
    String previousRole = null;
    for (int i = 0; i < found.size(); i++) {
      Candidate c = found.get(i);
      int next = i + 1 < found.size() ? found.get(i + 1).number().qualifierStart() : s.end();
      Figure f = figure(c, previous, previousRole, next, phrases);
      figures.add(f);
      previous = c;
      previousRole = f.role();
      lastCategory = f.category();
      lastCategorySentence = s.index();
      lastCategoryOrg = CategoryResolver.isOrganisation(c.unit());
      if (c.unit() != null && c.isCount()) {
        lastUnit = c.unit();
      }
    }
    updateCarry(titleSentences.contains(s.index()) ? List.of() : phrases, !found.isEmpty());
  }

  private Figure figure(Candidate c, Candidate previous, String previousRole, int next,
      List<PeriodPhrase> phrases) {
    CategoryResolver.Clause clause = clause(c);
    String category = x.categories().fromText(norm, c, clause, next)
        .or(() -> Optional.ofNullable(previous == null ? null : figures.get(figures.size() - 1).category()))
        .or(() -> inheritsFromEarlierSentence(c) ? Optional.ofNullable(lastCategory) : Optional.empty())
        .orElseGet(() -> CategoryResolver.unitDefault(c));
    int windowStart = previous == null ? clause.start() : Math.max(clause.start(), previous.tailEnd());
    String sub = x.categories().subcategory(text, norm, c, category,
        new CategoryResolver.Window(windowStart, Math.min(next, clause.end())));
    String role = x.roles().role(norm, c, Optional.ofNullable(previous), Optional.ofNullable(previousRole));
    PeriodPhrase period = period(c, phrases);
    int itemStart = itemStart(c, previous);
    String figScope = x.scopes().inItem(text, itemStart, itemEnd(c))
        .orElse(scope != null ? scope : meta.locality());
    int start = c.number().qualifierStart();
    int end = c.tailEnd();
    Period p = period == null ? null : period.period();
    return new Figure(text.substring(start, end), c.number().value(), c.number().kind(),
        c.number().denominator(), c.unit(), c.number().approx(), category, sub, role, p,
        period == null || p == null ? null : period.text(), figScope, null, null, doc,
        c.sentence().index(), start, end, 0.5);
  }

  /**
   * Whether a figure without cues takes the category of the last figure before its sentence: a
   * continuing sentence ("Trong đó", "Theo đó") always, others within reach; a count of
   * organisations never takes the category of a count of people, or the reverse.
   */
  private boolean inheritsFromEarlierSentence(Candidate c) {
    if (lastCategory == null) {
      return false;
    }
    if (!c.isCount() && !c.number().isRatio()) {
      return c.sentence().index() - lastCategorySentence <= CATEGORY_REACH || continues(c.sentence());
    }
    if (CategoryResolver.isOrganisation(c.unit()) != lastCategoryOrg) {
      return false;
    }
    return continues(c.sentence()) || c.sentence().index() - lastCategorySentence <= CATEGORY_REACH;
  }

  /** The clause (between semicolons) holding the candidate. */
  private CategoryResolver.Clause clause(Candidate c) {
    Sentence s = c.sentence();
    int q = c.number().qualifierStart();
    int from = text.lastIndexOf(';', q - 1);
    int to = text.indexOf(';', c.tailEnd());
    return new CategoryResolver.Clause(
        from < s.start() ? s.start() : from + 1, to < 0 || to > s.end() ? s.end() : to);
  }

  /** Start of the list item before the number: after the previous figure or ";", ":", "(". */
  private int itemStart(Candidate c, Candidate previous) {
    int q = itemEnd(c);
    int start = previous == null ? c.sentence().start() : previous.tailEnd();
    for (char sep : new char[] {';', ':', '(', ','}) {
      int i = text.lastIndexOf(sep, q - 1);
      if (i >= start && i < q) {
        start = i + 1;
      }
    }
    return start;
  }

  /** Where the list item before a number ends: at a "(" that opens right before it. */
  private int itemEnd(Candidate c) {
    int q = c.number().qualifierStart();
    int i = q;
    while (i > c.sentence().start() && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i > c.sentence().start() && text.charAt(i - 1) == '(' ? i - 1 : q;
  }

  private PeriodPhrase period(Candidate c, List<PeriodPhrase> phrases) {
    PeriodPhrase before = null;
    PeriodPhrase after = null;
    for (PeriodPhrase p : phrases) {
      if (p.end() <= c.number().qualifierStart()) {
        before = p;
      } else if (after == null && p.start() >= c.tailEnd() && !p.isStock()
          && noBreak(c.tailEnd(), p.start())) {
        after = p;
      }
    }
    if (before != null && !before.isStock()) {
      return before;
    }
    if (after != null) {
      return after;
    }
    return before != null ? before : carriedPeriod;
  }

  /** A period phrase after the figure counts only within the same phrase (no comma between). */
  private boolean noBreak(int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      boolean decimalComma = ch == ',' && i + 1 < to && Character.isDigit(text.charAt(i + 1));
      if ((ch == ',' && !decimalComma) || ch == ';') {
        return false;
      }
    }
    return true;
  }

  private void updateCarry(List<PeriodPhrase> phrases, boolean hadFigures) {
    PeriodPhrase last = null;
    for (PeriodPhrase p : phrases) {
      if (!p.isStock() && p.period().start() != null) {
        last = p;
      }
    }
    if (last != null) {
      carriedPeriod = last;
      idle = 0;
    } else if (hadFigures) {
      idle = 0;
    } else if (++idle >= PERIOD_IDLE_LIMIT) {
      carriedPeriod = null;
    }
  }

  private boolean continues(Sentence s) {
    return norm.startsWith("trong đó", s.start()) || norm.startsWith("trong số", s.start())
        || norm.startsWith("cụ thể", s.start()) || norm.startsWith("theo đó", s.start());
  }

  List<Figure> figures() {
    return figures;
  }

  Map<Integer, int[]> bounds() {
    return bounds;
  }

  Set<Integer> titleSentences() {
    return titleSentences;
  }
}
