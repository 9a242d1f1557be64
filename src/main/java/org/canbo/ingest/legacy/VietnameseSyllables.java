package org.canbo.ingest.legacy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a word is a well-formed Vietnamese syllable: an optional initial consonant, a vowel
 * cluster Vietnamese has, an optional final consonant, and at most one tone mark. A converted
 * legacy text is trusted only when its marked words pass: French "été" read as TCVN3 becomes
 * "ộtộ" and Spanish "qué" read as VNI becomes "quạ"... which is why a share, not one word, decides.
 */
final class VietnameseSyllables {
  private static final Pattern SYLLABLE = Pattern.compile(
      "(ngh|ng|gh|gi|ch|kh|nh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
      + "(uyê|uya|uyu|iêu|yêu|oai|oay|oeo|oao|uây|uôi|ươi|ươu|"
      + "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ươ|ưi|ưu|yê|"
      + "[aăâeêioôơuưy])"
      + "(ch|ng|nh|[cmnpt])?");
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private VietnameseSyllables() {}

  static boolean isSyllable(String word) {
    String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder toneless = new StringBuilder(nfd.length());
    int tones = 0;
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (TONES.indexOf(c) >= 0) {
        tones++;
      } else {
        toneless.append(c);
      }
    }
    if (tones > 1) {
      return false;
    }
    String base = Normalizer.normalize(toneless, Normalizer.Form.NFC);
    return SYLLABLE.matcher(base).matches();
  }
}
