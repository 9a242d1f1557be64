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
  private final DocumentWords words;
  private final DocumentTopic topic;
  private final DocumentCues cues;
  private final TableCells tables;
  private final FigureFeatures features;
  private final List<Draft> drafts = new ArrayList<>();
  /** The rule figures of the kept drafts, for inheritance between figures. */
  private final List<Figure> figures = new ArrayList<>();
  private final Map<Integer, int[]> bounds = new HashMap<>();
  private final Set<Integer> titleSentences;

  private PeriodPhrase carriedPeriod;
  /** The period phrases of the sentences {@link #leadPeriod} read, kept for their own turn. */
  private final Map<Integer, List<PeriodPhrase>> leadPhrases = new HashMap<>();
  private final PeriodPhrase leadPeriod;
  private int idle;
  private String scope;
  /** The unit the current sentence opens with, which its first figure belongs to. */
  private Optional<String> openerScope = Optional.empty();
  private String lastCategory;
  private int lastCategorySentence = -10;
  private String lastUnit;
  private boolean lastCategoryOrg;

  DocumentPass(FigureExtractor x, String doc, String text, String norm, ArticleMetadata meta,
      DocumentWords words, List<Sentence> sentences) {
    this.x = x;
    this.doc = doc;
    this.text = text;
    this.norm = norm;
    this.meta = meta;
    this.words = words;
    this.topic = DocumentTopic.of(norm);
    this.titleSentences = titleSentences(text, meta, sentences);
    this.cues = new DocumentCues(x.vocabulary(), norm);
    this.tables = TableCells.of(text);
    this.features = new FigureFeatures(cues, text, words, sentences, titleSentences);
    this.leadPeriod = leadPeriod(sentences);
  }

  private static Set<Integer> titleSentences(String text, ArticleMetadata meta, List<Sentence> all) {
    Set<Integer> out = new HashSet<>();
    for (Sentence s : all) {
      if (meta.title() != null && s.text(text).strip().equals(meta.title().strip())) {
        out.add(s.index());
      }
    }
    return out;
  }

  void sentence(Sentence s, boolean cutOff) {
    bounds.put(s.index(), new int[] {s.start(), s.end()});
    words.sentence(s);
    features.sentence(s);
    openerScope = x.scopes().opener(text, norm, s.start(), s.end(), meta.locality());
    openerScope.ifPresent(o -> scope = o);
    List<PeriodPhrase> phrases = periods(s);
    List<Candidate> found = cutOff ? List.of()
        : x.candidates().find(text, norm, s, words, continues(s) ? lastUnit : null, tables);
    Candidate previous = null;
    String previousRole = null;
    String previousCategory = null;
    boolean personnel = found.isEmpty() ? false : x.categories().isPersonnel(cues, s);
    for (int i = 0; i < found.size(); i++) {
      Candidate c = found.get(i);
      int next = i + 1 < found.size() ? found.get(i + 1).number().qualifierStart() : s.end();
      boolean keeps = keeps(c, personnel, next);
      Draft d = draft(c, keeps, previous, previousRole, previousCategory, next, phrases);
      drafts.add(d);
      if (!keeps) {
        continue;
      }
      Figure f = d.rule();
      figures.add(f);
      previous = c;
      previousRole = f.role();
      previousCategory = f.category();
      lastCategory = f.category();
      lastCategorySentence = s.index();
      lastCategoryOrg = CategoryResolver.isOrganisation(c.unit());
      if (c.unit() != null && c.isCount()) {
        lastUnit = c.unit();
      }
    }
    updateCarry(titleSentences.contains(s.index()) ? List.of() : phrases, !found.isEmpty());
  }

  private Draft draft(Candidate c, boolean keeps, Candidate previous, String previousRole,
      String previousCategory, int next, List<PeriodPhrase> phrases) {
    CategoryResolver.Clause clause = clause(c);
    String category = category(c, clause, next, previous);
    int windowStart = previous == null ? clause.start()
        : Math.max(clause.start(), Math.min(previous.tailEnd(), c.number().qualifierStart()));
    CategoryResolver.Window window =
        new CategoryResolver.Window(windowStart, Math.min(next, clause.end()));
    String sub = x.categories().subcategory(text, norm, c, category, window);
    String role = x.roles().role(norm, c, Optional.ofNullable(previous), Optional.ofNullable(previousRole));
    PeriodPhrase period = period(c, phrases);
    int itemStart = itemStart(c, previous);
    String figScope;
    if (c.cell() != null) {
      TableCells.Cell head = c.cell().rowHead();
      figScope = x.scopes().inItem(text, head.start(), head.end())
          .orElse(scope != null ? scope : meta.locality());
    } else if (previous != null && sharesItem(previous, c)) {
      figScope = figures.get(figures.size() - 1).scope();
    } else if (previous == null && openerScope.isPresent()) {
      figScope = openerScope.get(); // the head names the unit ("Huyện ủy A, Huyện ủy B đã ...")
    } else {
      figScope = x.scopes().inItem(text, itemStart, itemEnd(c))
          .orElse(scope != null ? scope : meta.locality());
    }
    int start = c.number().qualifierStart();
    int end = c.tailEnd();
    Period p = period == null ? null : period.period();
    Figure rule = new Figure(text.substring(start, end), c.number().value(), c.number().kind(),
        c.number().denominator(), c.unit(), c.number().approx(), category, sub, role, p,
        period == null || p == null ? null : period.text(), figScope, null, null, doc,
        c.sentence().index(), start, end, 0.5);
    boolean stock = period != null && period.isStock();
    List<String> f = features.of(c, clause, next, category, keeps, role,
        stock, titleSentences.contains(c.sentence().index()), previousCategory);
    return new Draft(c, rule, keeps, window.start(), window.end(), f);
  }

  /**
   * The rules' category: what the text around the number says; else, for a stock count ("huyện
   * hiện có 143 công chức"), what its noun implies; else the category of the figure before it in
   * the sentence or in the two sentences before (counts of bodies and of people do not pass their
   * category to each other); else what its noun — or a percentage's subject — implies. Counts of
   * party bodies are "other" unless disciplined or rated, as the schema says.
   */
  private String category(Candidate c, CategoryResolver.Clause clause, int next, Candidate previous) {
    Optional<String> fromText = c.cell() != null ? headerCategory(c)
        : x.categories().fromText(cues, c, clause, next);
    String category;
    if (fromText.isPresent()) {
      category = fromText.get();
    } else if (c.cell() != null) {
      category = CategoryResolver.unitDefault(c, topic); // columns do not inherit from each other
    } else if (x.categories().isStock(norm, clause, c)
        && (previous == null || previous.number().end() < clause.start())) {
      // a stock count; after a total in its clause, "có" opens a breakdown instead
      category = CategoryResolver.unitDefault(c, topic);
    } else if (previous != null && sameFamily(previous, c)
        && (previous.number().end() > clause.start() || !CategoryResolver.impliesCategory(c))) {
      // across a ";" a noun that implies its own category starts a new item ("...; 3 đại biểu
      // dưới 30 tuổi" after education counts)
      category = figures.get(figures.size() - 1).category();
    } else if (inheritsFromEarlierSentence(c)) {
      category = lastCategory;
    } else if (!c.isCount() && c.unit() == null) {
      category = x.categories().subjectOf(cues, c, clause)
          .filter(CategoryResolver::impliesCategory)
          .map(u -> CategoryResolver.unitDefault(u, topic)).orElse("other");
    } else {
      category = CategoryResolver.unitDefault(c, topic);
    }
    if (category.equals("nomination") && x.categories().isPlanned(cues, c)) {
      return "staffing"; // seats planned or allotted, not people elected
    }
    if (c.unitClass() == UnitClass.ORG && CategoryResolver.isOrganisation(c.unit())
        && !category.equals("discipline") && !category.equals("evaluation")) {
      return "other";
    }
    return category;
  }

  /** The category a table cell's column header names ("Luân chuyển", "Số đảng viên bị kỷ luật"). */
  private Optional<String> headerCategory(Candidate c) {
    TableCells.Cell h = c.cell().header();
    if (h == null) {
      return Optional.empty();
    }
    List<Cue> found = cues.find("CAT", h.start(), h.end());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1).value());
  }

  /** Counts of bodies and counts of people are different families; a percentage fits either. */
  private static boolean sameFamily(Candidate a, Candidate b) {
    if (!a.isCount() || !b.isCount() || a.unit() == null || b.unit() == null) {
      return true;
    }
    return CategoryResolver.isOrganisation(a.unit()) == CategoryResolver.isOrganisation(b.unit());
  }

  /**
   * Whether a candidate is kept as a figure: a count of people, posts, bodies, courses, votes or
   * cases always; a percentage, ratio or elided count in a sentence about personnel; a count of
   * places or of an unknown noun only when its clause says what personnel work it is about.
   */
  private boolean keeps(Candidate c, boolean personnelSentence, int next) {
    if (c.cell() != null) {
      // a table cell is a figure when its column names personnel work or people
      return headerCategory(c).isPresent()
          || c.unitClass() != null && (c.unitClass().people() || c.unitClass() == UnitClass.ORG);
    }
    if (x.categories().aboutPopulation(cues, c, clause(c))) {
      return false; // voters, households: "318.320 cử tri tại 13 đơn vị bầu cử ..., đạt 99,93%"
    }
    if (c.elided() && c.number().approx() && c.number().isRangeStart()
        || c.elided() && c.number().approx() && rangeEnd(c)) {
      return false; // a range is two figures only with its noun ("27-33 người"); "2 - 9" is a date
    }
    if (!c.isCount() || c.elided()) {
      return personnelSentence && (!c.elided() || c.unit() != null || !c.isCount());
    }
    return switch (c.unitClass()) {
      case PLACE -> x.categories().fromText(cues, c, clause(c), next)
          .filter(PLACE_CATEGORIES::contains).isPresent();
      case UNKNOWN -> x.categories().fromText(cues, c, clause(c), next).isPresent();
      default -> true;
    };
  }

  /** What counts of places may be figures of: "6 tỉnh đã bầu Bí thư", "17 địa phương có Chủ tịch không phải người địa phương". */
  private static final Set<String> PLACE_CATEGORIES =
      Set.of("nomination", "nonlocal_leader", "rotation", "transfer", "appointment");

  /** Whether a number is the upper bound of a range (a dash or "đến" right before it). */
  private boolean rangeEnd(Candidate c) {
    int i = c.number().qualifierStart();
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i > 0 && (text.charAt(i - 1) == '-' || text.charAt(i - 1) == '–'
        || norm.startsWith("đến", Math.max(0, i - 3)));
  }

  /**
   * Whether a figure without cues takes the category of the last figure before its sentence: a
   * continuing sentence ("Trong đó", "Theo đó") always, others within reach; a count of
   * organisations never takes the category of a count of people, or the reverse.
   */
  private boolean inheritsFromEarlierSentence(Candidate c) {
    if (lastCategory == null || lastCategorySentence >= c.sentence().index()) {
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
    int from = lastIndexOf(';', q - 1, s.start());
    int to = indexOf(';', c.tailEnd(), s.end());
    return new CategoryResolver.Clause(
        from < s.start() ? s.start() : from + 1, to < 0 || to > s.end() ? s.end() : to);
  }

  /**
   * {@code text.lastIndexOf(ch, from)} when the answer is {@code floor} or more, else -1: the
   * callers want a separator within the sentence, and a scan to the start of the article for a
   * sentence without one was a fifth of the stage's string searching.
   */
  private int lastIndexOf(char ch, int from, int floor) {
    for (int i = Math.min(from, text.length() - 1); i >= floor; i--) {
      if (text.charAt(i) == ch) {
        return i;
      }
    }
    return -1;
  }

  /** {@code text.indexOf(ch, from)} when the answer is below {@code ceiling}, else -1. */
  private int indexOf(char ch, int from, int ceiling) {
    for (int i = Math.max(from, 0); i < Math.min(ceiling, text.length()); i++) {
      if (text.charAt(i) == ch) {
        return i;
      }
    }
    return -1;
  }

  /** A share right after its count belongs to the same item: "241 ĐV (đạt 160% ...)", "49 nữ, chiếm 30,06%". */
  private boolean sharesItem(Candidate previous, Candidate c) {
    if (c.isCount() || previous.tailEnd() > c.number().qualifierStart()) {
      return false;
    }
    return SHARE_AFTER.matcher(norm.substring(previous.tailEnd(), c.number().qualifierStart()))
        .matches();
  }

  private static final java.util.regex.Pattern SHARE_AFTER = java.util.regex.Pattern.compile(
      "^[\\s,]*\\(?\\s*(?:(?:chiếm|đạt|bằng)(?: tỷ lệ| tới)?)?\\s*$");

  private static final char[] ITEM_SEPARATORS = {';', ':', '(', ','};

  /** Start of the list item before the number: after the previous figure or ";", ":", "(". */
  private int itemStart(Candidate c, Candidate previous) {
    int q = itemEnd(c);
    if (q < c.number().qualifierStart() && previous != null) {
      q = Math.max(q, Math.min(previous.tailEnd(), q));
    }
    // a range's lower bound ends past its upper bound: an item never starts after its number
    int start = previous == null ? c.sentence().start() : Math.min(previous.tailEnd(), q);
    for (char sep : ITEM_SEPARATORS) {
      int i = lastIndexOf(sep, q - 1, start);
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
    // "huyện Phú Quý (120,83%)", "Bắc Giang: 15,09%": the item's name ends before "(" or ":"
    return i > c.sentence().start() && (text.charAt(i - 1) == '(' || text.charAt(i - 1) == ':')
        ? i - 1 : q;
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
    if (before != null) {
      return before; // a stock: no period
    }
    return carriedPeriod != null ? carriedPeriod : leadPeriod;
  }

  /**
   * The period the article opens with — in its headline, else in its first two sentences — for
   * figures that no phrase of their own or of the running statement dates: the term of a congress
   * report, the year of an annual review.
   */
  private PeriodPhrase leadPeriod(List<Sentence> sentences) {
    PeriodPhrase inLead = null;
    int bodySentences = 0;
    for (Sentence s : sentences) {
      boolean title = titleSentences.contains(s.index());
      if (!title && ++bodySentences > 2) {
        break;
      }
      List<PeriodPhrase> phrases = x.periods().find(text, norm, s.start(), s.end(), meta.date());
      leadPhrases.put(s.index(), phrases);
      for (PeriodPhrase p : phrases) {
        if (!p.isStock() && !p.nominal()) {
          if (title) {
            return p;
          }
          if (inLead == null) {
            inLead = p;
          }
        }
      }
    }
    return inLead;
  }

  /** The period phrases of {@code s}, found once: the lead's were found for {@link #leadPeriod}. */
  private List<PeriodPhrase> periods(Sentence s) {
    List<PeriodPhrase> lead = leadPhrases.remove(s.index());
    return lead != null ? lead : x.periods().find(text, norm, s.start(), s.end(), meta.date());
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
    java.util.Set<org.canbo.model.Period> distinct = new java.util.HashSet<>();
    for (PeriodPhrase p : phrases) {
      if (!p.isStock() && !p.nominal()) {
        last = p;
        distinct.add(p.period());
      }
    }
    if (distinct.size() > 2) {
      last = null; // "Năm 2016 có 48; năm 2017 có 61; ...": items, not the running period
      idle = 0;
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

  List<Draft> drafts() {
    return drafts;
  }

  Map<Integer, int[]> bounds() {
    return bounds;
  }

  Set<Integer> titleSentences() {
    return titleSentences;
  }
}
