package org.canbo.extract.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbo.text.Diacritics;
import org.canbo.text.ToneMarks;

/**
 * Builds the normalised key that finds one document under all its citations, in ASCII upper case:
 * {@code CODE-ID[-ISSUER][-TERM]}.
 *
 * <ul>
 *   <li>CODE: the kind (NQ Nghị quyết, QD Quy định/Quyết định, KH, CT, KL, HD, CTR Chương trình
 *       hành động, QC Quy chế);
 *   <li>ID: the number's leading digits, at least two ("4" and "04-NQ/TU" give "04"), or the plenum
 *       ("TW4" for "Trung ương 4"), or the congress ("DHXIII"); absent for other unnumbered ones;
 *   <li>ISSUER: from the symbol ("/TU", "QĐ-UBND") or else from the issuer's words (Tỉnh ủy,
 *       Thành ủy, Đảng bộ tỉnh → TU; Huyện ủy → HU; Bộ Chính trị, Trung ương → TW; Đảng ủy → DU);
 *   <li>TERM: the Roman numeral of "khóa XII", for unnumbered documents only (articles citing one
 *       numbered document with and without its term still agree).
 * </ul>
 *
 * <p>So "Nghị quyết số 04-NQ/TU", "Nghị quyết 04 của Thành ủy" and "NQ 04" of a city committee are
 * all "NQ-04-TU"; "Nghị quyết Trung ương 4 (khóa XII)" is "NQ-TW4-XII". Immutable, thread-safe.
 */
public final class DocumentKeys {
  /** Hyphen, dashes and minus sign as printed between number and kind ("02 – QĐ/HU", "02‑QĐ/HU"). */
  static final String DASH = "[-\\u2010-\\u2015\\u2212]";
  private static final Pattern DASHES = Pattern.compile(DASH);
  private static final Pattern DIGITS = Pattern.compile("^\\s*0*(\\d+)");
  /** "04-NQ/TU", "02 - QĐ/HU": the issuer follows the last slash. */
  private static final Pattern PARTY_SYMBOL =
      Pattern.compile("^\\s*\\d+\\w?\\s*-\\s*(\\p{L}+)\\s*/\\s*(?:.*/\\s*)?([\\p{L}\\d]+)\\s*$");
  /** "1234/QĐ-UBND", "24/2010/NĐ-CP": the issuer follows the kind after a hyphen. */
  private static final Pattern STATE_SYMBOL =
      Pattern.compile("^\\s*\\d+\\w?(?:/\\d{4})?\\s*/\\s*(\\p{L}+)\\s*-\\s*([\\p{L}\\d-]+)\\s*$");
  private static final Pattern ROMAN = Pattern.compile("([IVXLC]+|\\d{1,2})\\s*$");
  private static final Pattern MEETING_ORDINAL = Pattern.compile("(?<![\\p{L}])(?:(?iu:thứ)\\s+("
      + TailParser.ORDINAL + ")(?![\\p{L}])|([IVXLC]+|\\d{1,2}))(?![\\p{L}\\d])");
  private static final Pattern TERM_YEARS = Pattern.compile("(?iu:nhiệm kỳ)\\s+(\\d{4})");
  private static final Pattern PLENUM = Pattern.compile("(\\d{1,2})\\s*$");

  private final DocumentVocabulary vocabulary;

  DocumentKeys(DocumentVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Keys built with the bundled vocabulary. */
  public static DocumentKeys load() {
    return new DocumentKeys(DocumentVocabulary.load());
  }

  /** The key of a document from its fields (any but {@code docType} may be null). */
  public String key(String docType, String number, String issuer, String plenum, String term) {
    StringBuilder b = new StringBuilder(typeCode(docType));
    String id = numberId(number);
    String issuerCode = issuerCode(number, issuer);
    if (id == null && plenum != null) {
      Matcher m = PLENUM.matcher(plenum);
      id = m.find() ? "TW" + m.group(1) : null;
      issuerCode = null; // a plenum is always the Central Committee's
    }
    if (id == null && issuer != null) {
      id = meetingId(issuer);
    }
    append(b, id);
    append(b, issuerCode);
    if (term != null && numberId(number) == null) { // a number alone identifies a document
      Matcher m = ROMAN.matcher(term);
      append(b, m.find() ? m.group(1) : null);
    }
    return b.toString();
  }

  /**
   * "DHXIII" for "Đại hội ... lần thứ XIII", "DH2020" for "Đại hội ... nhiệm kỳ 2020 - 2025", "HN10"
   * for "Hội nghị lần thứ mười Ban Chấp hành ...": a numbered meeting has one resolution.
   */
  private static String meetingId(String issuer) {
    String a = ascii(issuer);
    String prefix = a.startsWith("DAI HOI") ? "DH" : a.startsWith("HOI NGHI") ? "HN" : null;
    if (prefix == null) {
      return null;
    }
    Matcher term = TERM_YEARS.matcher(issuer);
    if (prefix.equals("DH") && term.find()) {
      return prefix + term.group(1);
    }
    Matcher m = MEETING_ORDINAL.matcher(issuer);
    if (!m.find()) {
      return null;
    }
    String n = m.group(1) != null ? TailParser.ordinalNumber(m.group(1)) : m.group(2);
    return prefix + ascii(n).replace(' ', '_');
  }

  /** The key of a symbol alone ("04-NQ/TU" → "NQ-04-TU"), empty when it names no kind. */
  public Optional<String> keyOfSymbol(String symbol) {
    if (symbol == null) {
      return Optional.empty();
    }
    String s = canonicalSymbol(symbol);
    Matcher m = PARTY_SYMBOL.matcher(s);
    if (!m.matches()) {
      m = STATE_SYMBOL.matcher(s);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    DocumentVocabulary.TypeForm kind = vocabulary.abbreviation(m.group(1));
    if (kind == null) {
      return Optional.empty();
    }
    return Optional.of(key(kind.docType(), symbol, null, null, null));
  }

  /** The key code of a kind ("Quy định" → "QD"), "VB" (văn bản) when unknown. */
  public String typeCode(String docType) {
    return ascii(Optional.ofNullable(vocabulary.codeOf(docType)).orElse("VB"));
  }

  /** The number's digits as compared across mentions ("04-NQ/TU" → "04"), null when none. */
  static String numberId(String number) {
    if (number == null) {
      return null;
    }
    Matcher m = DIGITS.matcher(number);
    if (!m.find()) {
      return null;
    }
    String d = m.group(1);
    return d.length() < 2 ? "0" + d : d;
  }

  /** The issuer code: from the symbol if it has one, else from the issuer's words. */
  String issuerCode(String number, String issuer) {
    if (number != null) {
      String s = canonicalSymbol(number);
      Matcher m = PARTY_SYMBOL.matcher(s);
      if (m.matches()) {
        return symbolIssuer(m.group(2));
      }
      m = STATE_SYMBOL.matcher(s);
      if (m.matches()) {
        return symbolIssuer(m.group(2));
      }
    }
    String code = vocabulary.issuerCode(issuer);
    return code == null ? null : ascii(code);
  }

  /** NFC, canonical tone marks (Ð → Đ) and one hyphen for every dash. */
  private static String canonicalSymbol(String symbol) {
    String nfc = Normalizer.normalize(symbol, Normalizer.Form.NFC);
    return DASHES.matcher(ToneMarks.canonical(nfc)).replaceAll("-");
  }

  /** "TƯ" is how some symbols write the Central Committee's TW; it must not fold to TU. */
  private static String symbolIssuer(String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    return upper.equals("TƯ") ? "TW" : ascii(upper);
  }

  private static void append(StringBuilder b, String part) {
    if (part != null && !part.isEmpty()) {
      b.append('-').append(part);
    }
  }

  private static String ascii(String s) {
    String folded = Diacritics.fold(ToneMarks.canonical(Normalizer.normalize(s, Normalizer.Form.NFC)));
    return DocumentVocabulary.SPACES.matcher(folded.toUpperCase(Locale.ROOT)).replaceAll(" ");
  }
}
