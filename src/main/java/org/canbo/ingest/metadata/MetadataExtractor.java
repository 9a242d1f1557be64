package org.canbo.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canbo.ingest.ParsedText;
import org.canbo.model.ArticleMetadata;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.text.CleanText;
import org.canbo.text.ToneMarks;

/**
 * Extracts title, publication date, source, author, locality (with its province) from a cleaned
 * article, by the conventions of the gold "meta" lines; document properties fill fields the text
 * leaves open, and give the article's address ({@link ParsedText#URL}) when the file states it.
 * Stateless once built, so one instance can serve many threads.
 */
public final class MetadataExtractor {
  private final DatelineParser dates = new DatelineParser();
  private final TitleFinder titles = new TitleFinder();
  private final SourceTagFinder sources = new SourceTagFinder();
  private final BylineFinder bylines = new BylineFinder();
  private final LocalityGuesser localities;

  public MetadataExtractor(Gazetteer gazetteer) {
    this.localities = new LocalityGuesser(gazetteer);
  }

  /** Extracts metadata; properties may be empty, never null fields are required. */
  public ArticleMetadata extract(CleanText clean, Map<String, String> properties) {
    return extract(clean, ToneMarks.canonical(clean.text()), properties);
  }

  /**
   * As {@link #extract(CleanText, Map)}, given the text with canonical tone marks ({@link
   * ToneMarks#canonical} of {@code clean.text()}), which the reader makes once for this and the
   * later stages.
   */
  public ArticleMetadata extract(CleanText clean, String canonical, Map<String, String> properties) {
    if (canonical.length() != clean.text().length()) {
      throw new IllegalArgumentException("canonical text of length " + canonical.length()
          + " for a text of length " + clean.text().length());
    }
    Map<String, String> props = properties == null ? Map.of() : properties;
    List<String> lines = clean.text().isEmpty() ? List.of() : List.of(clean.text().split("\n"));
    Optional<DatelineParser.Dateline> dateline = dates.find(lines);
    int datelineLine = dateline.map(DatelineParser.Dateline::line).orElse(-1);
    String afterDate = dateline.map(d -> glued(lines.get(d.line()).substring(d.end()))).orElse(null);
    Optional<TitleFinder.Title> found = titles.find(lines, datelineLine, afterDate);
    String title = found.map(TitleFinder.Title::text).orElse(null);
    String propTitle = props.get(ParsedText.TITLE);
    if (title == null && propTitle != null && titles.isHeadline(propTitle.strip())) {
      title = propTitle.strip();
    }
    int bodyStart = Math.max(datelineLine, found.map(TitleFinder.Title::line).orElse(-1)) + 1;
    List<String> body = new ArrayList<>(lines.subList(Math.min(bodyStart, lines.size()), lines.size()));
    // Line for line the canonical text's lines: tone marks move within a word, never across '\n'.
    List<String> canonicalLines = lines.isEmpty() ? List.of() : List.of(canonical.split("\n"));
    List<String> canonicalBody = new ArrayList<>(
        canonicalLines.subList(Math.min(bodyStart, lines.size()), lines.size()));
    boolean titleGlued = found.filter(t -> t.line() == datelineLine).isPresent();
    if (afterDate != null && !titleGlued && bodyStart == datelineLine + 1) {
      body.add(0, afterDate); // the lead glued after a dateline ("date 2023-12 Ban Thường vụ ...")
      canonicalBody.add(0, ToneMarks.canonical(afterDate));
    }

    String date = dateline.map(DatelineParser.Dateline::iso)
        .or(() -> dates.parseProperty(props.get(ParsedText.DATE)))
        .or(() -> dates.findLeadToday(body.subList(0, Math.min(2, body.size()))))
        .orElse(null);
    String source = sources.findLeadTag(body)
        .or(() -> sources.findTrailing(lines))
        .or(() -> Optional.ofNullable(blankToNull(props.get(ParsedText.SOURCE))))
        .orElse(null);
    String author = bylines.find(lines)
        .or(() -> Optional.ofNullable(blankToNull(props.get(ParsedText.AUTHOR))))
        .orElse(null);
    Optional<LocalityGuesser.Locality> locality = localities.guess(title, canonicalBody, source);
    return new ArticleMetadata(title, date, source, author,
        locality.map(LocalityGuesser.Locality::name).orElse(null),
        locality.map(LocalityGuesser.Locality::province).orElse(null),
        blankToNull(props.get(ParsedText.URL)));
  }

  /** Text glued after a dateline ("17:14Những cán bộ ..."), without a trailing date and time. */
  private static String glued(String rest) {
    String s = rest.replaceAll("\\s*\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?\\s*$", "");
    s = s.replaceFirst("^[\\s,|–-]+", "").strip();
    return s.isEmpty() ? null : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
