package org.canbo.ingest;

import java.util.HashMap;
import java.util.Map;
import org.canbo.ingest.legacy.LegacyDetector;
import org.canbo.ingest.legacy.LegacyEncoding;
import org.canbo.model.FailureReason;

/**
 * Applies {@link LegacyDetector} to a parsed text: TCVN3 or VNI text comes back as Unicode NFC with
 * {@code legacy_encoding} set; text that looks legacy but does not convert fails with
 * {@link FailureReason#LEGACY_ENCODING} rather than being indexed as garbage. OCR'd text is never
 * legacy.
 */
final class LegacyConversion {
  private final LegacyDetector detector = new LegacyDetector();

  ParseOutcome apply(ParseOutcome outcome, LegacyEncoding fontHint) {
    if (!(outcome instanceof ParseOutcome.Success success)
        || success.parsed().properties().containsKey(ParsedText.OCR)) {
      return outcome;
    }
    ParsedText p = success.parsed();
    LegacyDetector.Result result = detector.detect(p.text(), fontHint);
    if (result instanceof LegacyDetector.Converted converted) {
      Map<String, String> properties = new HashMap<>(p.properties());
      properties.put(ParsedText.LEGACY_ENCODING, converted.encoding().label());
      // A legacy body comes with a legacy title (HTML <title>, document properties).
      for (String key : new String[] {ParsedText.TITLE, ParsedText.AUTHOR, ParsedText.DESCRIPTION}) {
        properties.computeIfPresent(key, (k, v) -> converted.encoding().decode(v));
      }
      return new ParseOutcome.Success(new ParsedText(converted.text(), properties, p.mediaType(),
          p.charset(), p.truncated(), p.flags()));
    }
    if (result instanceof LegacyDetector.Unconvertible unconvertible) {
      return new ParseOutcome.Failure(FailureReason.LEGACY_ENCODING, unconvertible.detail());
    }
    return outcome;
  }
}
