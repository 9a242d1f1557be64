package org.canbo.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.canbo.text.Literals;

/**
 * Decides whether a figure is a stated value, a change ("tăng 7,34%", "giảm 0,3%", "vượt 3,1%",
 * and the figures coordinated with one: "tăng tương ứng 7% và 3,2%") or a target (the nearest
 * earlier cue is "phấn đấu", "chỉ tiêu", "dự kiến"... rather than "đạt", "đã", "có").
 */
final class RoleResolver {
  /** Words that may stand between a DELTA cue and its number ("tăng thêm 3"). */
  private static final List<String> DELTA_FOLLOWERS =
      List.of("tương ứng", "thêm", "lên", "xuống", "được");
  private static final Pattern COORDINATED = Pattern.compile("^\\s*(?:,|và|,?\\s*tỷ lệ|\\s)*\\s*$");

  private final Vocabulary vocabulary;
  /** A DELTA cue of the vocabulary, maybe a follower, then the number. */
  private final Pattern deltaBefore;
  /** The words a {@link #deltaBefore} match can end with, before its trailing white space. */
  private final String[] deltaLastWords;

  RoleResolver(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    List<String> deltas = vocabulary.phrases("DELTA").stream().map(Vocabulary.Phrase::text).toList();
    this.deltaBefore = Pattern.compile("(?<!\\p{L})(?:" + deltas.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?:\\s+(?:"
        + String.join("|", DELTA_FOLLOWERS) + "))?\\s*$");
    List<String> last = new ArrayList<>(deltas);
    last.addAll(DELTA_FOLLOWERS);
    this.deltaLastWords = last.toArray(String[]::new);
  }

  /** The role; {@code previous} is the figure before in the same sentence, if any. */
  String role(String norm, Candidate c, Optional<Candidate> previous, Optional<String> previousRole) {
    int q = c.number().qualifierStart();
    int from = Math.max(c.sentence().start(), q - 24);
    if (Literals.endsWithAny(norm, from, q, deltaLastWords)
        && deltaBefore.matcher(norm.substring(from, q)).find()) {
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
