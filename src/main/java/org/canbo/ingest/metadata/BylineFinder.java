package org.canbo.ingest.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.text.Diacritics;

/**
 * Finds the byline: a short line at the end of the article with a person's name as printed
 * ("Mạnh Trường", "THANH MAI", "CTV Kim Anh", "Theo: Khắc Giang", initials "H.H", "PV").
 */
public final class BylineFinder {
  /** One Vietnamese syllable, diacritics folded: onset, vowel nucleus, coda. */
  private static final Pattern SYLLABLE =
      Pattern.compile("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
          + "[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$");
  /** Staff initials or role abbreviations used instead of a name ("PV", "H.H", "TQ"). */
  private static final Pattern INITIALS = Pattern.compile("^(\\p{Lu}\\.?){1,3}\\p{Lu}?\\.?$");
  /** Roles printed before the name, kept as printed ("CTV Kim Anh"). */
  private static final Set<String> ROLES = Set.of("CTV", "PV", "BTV", "Nhóm PV", "Nhóm phóng viên");
  private static final Pattern THEO =
      Pattern.compile("^(?:Theo|Bài và ảnh|Bài, ảnh|Bài|Tin, ảnh|Tin)\\s*:?\\s+(.+?)\\s*(\\([^()]*\\))?$");
  private static final Pattern URL_OR_SOURCE =
      Pattern.compile("(https?://|www\\.|^Nguồn\\b|^Source\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PAREN_LINE = Pattern.compile("^\\(.*\\)\\.?$");
  private static final Set<String> AGENCIES = Set.of("TTXVN", "VNA", "VOV", "VTV", "VTC");
  private static final int TAIL_LINES = 5;
  /** A byline has at most this many words; longer lines are text, where the search stops. */
  private static final int MAX_WORDS = 6;

  /** The byline among the last lines, or empty. */
  public Optional<String> find(List<String> lines) {
    for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TAIL_LINES); i--) {
      String line = lines.get(i).strip();
      if (URL_OR_SOURCE.matcher(line).find() || PAREN_LINE.matcher(line).matches()
          || AGENCIES.contains(line)) {
        continue; // credits of the publisher, not of a person
      }
      Matcher theo = THEO.matcher(line);
      if (theo.matches() && isName(theo.group(1))) {
        return Optional.of(theo.group(1));
      }
      if (isName(line) || isRoleAndName(line)
          || (i == lastLine(lines) && INITIALS.matcher(line).matches())) {
        return Optional.of(line);
      }
      if (line.split("\\s+").length > MAX_WORDS || line.endsWith(".")) {
        return Optional.empty(); // reached the article body
      }
    }
    return Optional.empty();
  }

  /** Initials alone are only trusted as the very last line ignoring publisher credits. */
  private static int lastLine(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      String l = lines.get(i).strip();
      if (!URL_OR_SOURCE.matcher(l).find() && !PAREN_LINE.matcher(l).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isRoleAndName(String line) {
    for (String role : ROLES) {
      if (line.startsWith(role + " ") && isName(line.substring(role.length() + 1))) {
        return true;
      }
    }
    return false;
  }

  /** 2-4 capitalised Vietnamese syllables (any case pattern: "Minh Thùy", "THANH MAI"). */
  static boolean isName(String s) {
    String[] tokens = s.strip().split("\\s+");
    if (tokens.length < 2 || tokens.length > 4) {
      return false;
    }
    for (String t : tokens) {
      if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
        return false;
      }
      String folded = Diacritics.fold(t).toLowerCase(Locale.ROOT);
      if (!SYLLABLE.matcher(folded).matches()) {
        return false;
      }
    }
    return true;
  }
}
