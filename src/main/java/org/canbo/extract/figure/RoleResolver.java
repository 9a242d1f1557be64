package org.canbo.extract.figure;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a figure is a stated value, a change ("tăng 7,34%", "giảm 0,3%", "vượt 3,1%",
 * and the figures coordinated with one: "tăng tương ứng 7% và 3,2%") or a target (the nearest
 * earlier cue is "phấn đấu", "chỉ tiêu", "dự kiến"... rather than "đạt", "đã", "có").
 */
final class RoleResolver {
  private static final Pattern DELTA_BEFORE = Pattern.compile(
      "(?<!\\p{L})(?:tăng|giảm|vượt)(?:\\s+(?:tương ứng|thêm|lên|xuống|được))?\\s*$");
  /** The words a {@link #DELTA_BEFORE} match can end with, before its trailing white space. */
  private static final String[] DELTA_LAST_WORDS =
      {"tăng", "giảm", "vượt", "tương ứng", "thêm", "lên", "xuống", "được"};
  private static final Pattern COORDINATED = Pattern.compile("^\\s*(?:,|và|,?\\s*tỷ lệ|\\s)*\\s*$");

  private final Vocabulary vocabulary;

  RoleResolver(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The role; {@code previous} is the figure before in the same sentence, if any. */
  String role(String norm, Candidate c, Optional<Candidate> previous, Optional<String> previousRole) {
    int q = c.number().qualifierStart();
    int from = Math.max(c.sentence().start(), q - 24);
    if (Literals.endsWithAny(norm, from, q, DELTA_LAST_WORDS)
        && DELTA_BEFORE.matcher(norm.substring(from, q)).find()) {
      return "delta";
    }
    if (previous.isPresent() && "delta".equals(previousRole.orElse(null))
        && COORDINATED.matcher(norm.substring(previous.get().tailEnd(), q)).matches()) {
      return "delta";
    }
    return isTarget(norm, c) ? "target" : "value";
  }

  private boolean isTarget(String norm, Candidate c) {
    int s = c.sentence().start();
    int q = c.number().qualifierStart();
    int target = -1;
    for (Cue cue : vocabulary.find("TARGET", norm, s, q)) {
      target = Math.max(target, cue.end());
    }
    if (target < 0) {
      return false;
    }
    for (Cue cue : vocabulary.find("REALIZED", norm, target, q)) {
      if (cue.start() >= target) {
        return false;
      }
    }
    return true;
  }
}
