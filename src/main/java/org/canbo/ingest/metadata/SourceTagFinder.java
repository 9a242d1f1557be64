package org.canbo.ingest.metadata;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publisher the text names: the source tag opening the lead ("(LSO) –", "ĐBP -",
 * "(Chinhphu.vn) -"), else an agency credit at the end ("TTXVN", "(Đài Đô Lương)",
 * "Theo Trọng Nguyễn (website ĐCSVN)").
 */
public final class SourceTagFinder {
  /** "(LSO) –", "(PLO)-", "(Baohatinh.vn) -" at the start of the lead. */
  private static final Pattern PAREN_TAG =
      Pattern.compile("^\\(\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}.&/+ -]{0,38}?)\\s*\\)\\s*[-–—:]");
  /** "ĐBP - " : an upper-case acronym, a dash, then the first sentence. */
  private static final Pattern BARE_TAG = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\p{N}.]{1,11})\\s*[-–—]\\s+\\p{Lu}");
  /** "(Đài Đô Lương)" alone on a line near the end. */
  private static final Pattern PAREN_LINE = Pattern.compile("^\\(\\s*(\\p{Lu}[^()]{1,40}?)\\s*\\)\\.?$");
  /** "(Ảnh: Internet)" credits a photo, not the article. */
  private static final Pattern PHOTO_CREDIT = Pattern.compile("(Ảnh|Nguồn ảnh|Photo)\\b");
  /** "(website ĐCSVN)", "(báo Nhân Dân)" inside a credit line. */
  private static final Pattern CREDIT_PAREN =
      Pattern.compile("\\((?:website|báo|trang|theo)?\\s*([^()]{2,40})\\)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** News agencies that sign reports instead of a person. */
  private static final Set<String> AGENCIES =
      Set.of("TTXVN", "VNA", "TTXVN/VNA", "TTXVN/Vietnam+", "Vietnam+", "VOV", "VTV", "VTC", "ĐCSVN", "TTXVN/TTXVN");
  private static final int LEAD_LINES = 6;
  private static final int TAIL_LINES = 5;

  /** The lead's source tag, searching the first lines. */
  public Optional<String> findLeadTag(List<String> lines) {
    for (int i = 0; i < Math.min(LEAD_LINES, lines.size()); i++) {
      Optional<String> tag = leadTag(lines.get(i));
      if (tag.isPresent()) {
        return tag;
      }
    }
    return Optional.empty();
  }

  /** The tag opening this line, if any. */
  public Optional<String> leadTag(String line) {
    Matcher m = PAREN_TAG.matcher(line);
    if (m.find()) {
      return Optional.of(m.group(1).strip());
    }
    m = BARE_TAG.matcher(line);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** An agency credit among the last lines. */
  public Optional<String> findTrailing(List<String> lines) {
    for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TAIL_LINES); i--) {
      String line = lines.get(i).strip();
      if (AGENCIES.contains(line)) {
        return Optional.of(line);
      }
      Matcher m = PAREN_LINE.matcher(line);
      if (m.matches() && !PHOTO_CREDIT.matcher(m.group(1)).lookingAt()) {
        return Optional.of(m.group(1).strip());
      }
      if (line.startsWith("Theo ") && line.length() < 80) {
        Matcher c = CREDIT_PAREN.matcher(line);
        if (c.find()) {
          return Optional.of(c.group(1).strip());
        }
      }
    }
    return Optional.empty();
  }
}
