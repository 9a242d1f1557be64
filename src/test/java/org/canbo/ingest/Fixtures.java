package org.canbo.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Entities;

/** Builds test variants of the seed articles: HTML, PDF, DOCX and legacy-encoded text. */
public final class Fixtures {
  public static final Path SEED = Path.of("corpus/000_7ea46ac1337f9b94.txt");
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private Fixtures() {}

  /** Western prose heavy in the accents that look like VNI marks ("où", "qué", "naïf", "über"). */
  public static final String FRENCH = "Où est le poète israélien, naïf et égoïste, qui a fêté Noël à "
      + "l'hôtel ? Le coût du goût a augmenté en août ; où sont les héroïnes de la coïncidence ? "
      + "Le maïs et le canoë, la boîte et l'aîné : voilà où va l'été, où l'on réussit sans égoïsme. "
      + "Les élèves créés préférèrent où la poésie régnait, à côté du théâtre.";
  public static final String SPANISH = "¿Qué pasó después? ¿Cuál es la acción del señor? Aún no sé qué "
      + "hará el año próximo, pero después de la reunión el país reúne información. ¿Cuándo "
      + "vendrá? Qué pena, fué un baúl lleno de poesía; la canción, la nación y la educación "
      + "también están aquí. ¿Cuál, qué, cuánto? Después, aún más: la situación actual.";
  public static final String GERMAN = "Über die Größe der Straße und das Mädchen mit den Büchern: schön, "
      + "fröhlich, müde. Die Bürger äußerten sich über die Gebühren; Österreich und Zürich, "
      + "Grüße aus Köln, Düsseldorf und München. Das Gemüse wächst, die Flüsse fließen, "
      + "übermäßig häufig prüfen Ärzte die Öffentlichkeit.";

  /** The seed's non-blank lines: what every variant of it must come out as. */
  public static List<String> paragraphs(Path seed) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(collapse(line));
      }
    }
    return out;
  }

  public static String collapse(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  public static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("[\n\f]")) {
      if (!line.isBlank()) {
        out.add(collapse(line));
      }
    }
    return out;
  }

  /** A news page: menus, breadcrumb, share buttons, related links and footer around the article. */
  public static String html(List<String> paragraphs, boolean withArticleElement) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(Entities.escape(paragraphs.get(0))).append("</h1>\n");
    for (String p : paragraphs.subList(1, paragraphs.size())) {
      body.append("<p>").append(Entities.escape(p)).append("</p>\n");
    }
    body.append("<div class=\"share-buttons\">Chia sẻ Facebook Zalo</div>\n");
    String main = withArticleElement
        ? "<article class=\"detail\">" + body + "</article>"
        : "<div id=\"content\" class=\"col-8\">" + body + "</div>";
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<title>Quảng Yên tập trung xây dựng đội ngũ cán bộ | Báo Quảng Ninh</title>"
        + "<meta property=\"og:title\" content=\"Quảng Yên tập trung xây dựng đội ngũ cán bộ\">"
        + "<meta name=\"author\" content=\"Mạnh Trường\">"
        + "<meta property=\"article:published_time\" content=\"2019-05-30T07:35:00+07:00\">"
        + "<meta property=\"og:site_name\" content=\"Báo Quảng Ninh\">"
        + "<style>p{color:red}</style></head><body>\n"
        + "<header><div class=\"logo\">Báo Quảng Ninh</div><nav><ul><li><a href=\"/\">Trang chủ"
        + "</a></li><li><a href=\"/chinh-tri\">Chính trị</a></li></ul></nav></header>\n"
        + "<div id=\"main-menu\"><a href=\"/xa-hoi\">Xã hội</a> <a href=\"/kinh-te\">Kinh tế</a></div>\n"
        + "<div class=\"breadcrumb\">Trang chủ › Xây dựng Đảng</div>\n"
        + "<form class=\"search-form\"><input name=\"q\"></form>\n"
        + main
        + "\n<aside><h3>Tin liên quan</h3><ul><li>Đọc thêm bài khác</li></ul></aside>\n"
        + "<div class=\"related-news\"><a href=\"/x\">Tin khác</a></div>\n"
        + "<div id=\"comments\">Bình luận</div>\n"
        + "<footer><p>Bản quyền © Báo Quảng Ninh</p></footer>\n"
        + "<script>var views = 8658;</script></body></html>\n";
  }

  /** Writes the paragraphs as a PDF; returns the paragraphs of each page as laid out. */
  public static List<List<String>> pdf(List<String> paragraphs, Path out, String userPassword)
      throws IOException {
    List<List<String>> pages = new ArrayList<>();
    try (PDDocument doc = new PDDocument(); InputStream font = Fixtures.class.getResourceAsStream(FONT)) {
      PDType0Font f = PDType0Font.load(doc, font);
      float size = 11;
      float leading = 14;
      float width = PDRectangle.A4.getWidth() - 100;
      PDPageContentStream cs = null;
      float y = 0;
      for (String paragraph : paragraphs) {
        List<String> wrapped = wrap(paragraph, f, size, width);
        float needed = (wrapped.size() + 1) * leading;
        // Half a page per page at most, so even a short article spans two pages.
        if (cs == null || y - needed < 50 || pages.get(pages.size() - 1).size() >= paragraphs.size() / 2) {
          if (cs != null) {
            cs.close();
          }
          PDPage page = new PDPage(PDRectangle.A4);
          doc.addPage(page);
          cs = new PDPageContentStream(doc, page);
          cs.setFont(f, size);
          y = PDRectangle.A4.getHeight() - 60;
          pages.add(new ArrayList<>());
        }
        for (String line : wrapped) {
          cs.beginText();
          cs.newLineAtOffset(50, y);
          cs.showText(line);
          cs.endText();
          y -= leading;
        }
        y -= leading;
        pages.get(pages.size() - 1).add(paragraph);
      }
      cs.close();
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle("Quảng Yên tập trung xây dựng đội ngũ cán bộ");
      info.setAuthor("Mạnh Trường");
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out.toFile());
    }
    return pages;
  }

  /**
   * A one-page PDF with a headline across the page and two columns of paragraphs below it, its
   * content stream written row by row (left line, right line, next row) as some converters do.
   */
  public static void twoColumnPdf(String headline, List<String> left, List<String> right, Path out)
      throws IOException {
    try (PDDocument doc = new PDDocument(); InputStream font = Fixtures.class.getResourceAsStream(FONT)) {
      PDType0Font f = PDType0Font.load(doc, font);
      float size = 10;
      float leading = 13;
      float gutter = 20;
      float column = (PDRectangle.A4.getWidth() - 100 - gutter) / 2;
      List<String> leftLines = column(left, f, size, column);
      List<String> rightLines = column(right, f, size, column);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = PDRectangle.A4.getHeight() - 60;
        show(cs, f, 14, 50, y, headline);
        y -= 3 * leading;
        for (int row = 0; row < Math.max(leftLines.size(), rightLines.size()); row++) {
          if (row < leftLines.size() && !leftLines.get(row).isEmpty()) {
            show(cs, f, size, 50, y, leftLines.get(row));
          }
          if (row < rightLines.size() && !rightLines.get(row).isEmpty()) {
            show(cs, f, size, 50 + column + gutter, y, rightLines.get(row));
          }
          y -= leading;
        }
      }
      doc.save(out.toFile());
    }
  }

  private static List<String> column(List<String> paragraphs, PDType0Font f, float size,
      float width) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      lines.addAll(wrap(paragraph, f, size, width));
    }
    return lines;
  }

  private static void show(PDPageContentStream cs, PDType0Font f, float size, float x, float y,
      String text) throws IOException {
    cs.beginText();
    cs.setFont(f, size);
    cs.newLineAtOffset(x, y);
    cs.showText(text);
    cs.endText();
  }

  /** Throws IllegalArgumentException when the bundled font lacks a glyph for the text. */
  public static void checkGlyphs(String text) throws IOException {
    try (PDDocument doc = new PDDocument(); InputStream font = Fixtures.class.getResourceAsStream(FONT)) {
      PDType0Font.load(doc, font).encode(text);
    }
  }

  private static List<String> wrap(String text, PDType0Font f, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && f.getStringWidth(candidate) / 1000 * size > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  public static void docx(List<String> paragraphs, Path out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      var core = doc.getProperties().getCoreProperties();
      core.setTitle("Quảng Yên tập trung xây dựng đội ngũ cán bộ");
      core.setCreator("Mạnh Trường");
      core.setCreated(Optional.of(Date.from(Instant.parse("2019-05-30T07:35:00Z"))));
      doc.write(os);
    }
  }

  /**
   * Encodes NFC text as Windows-1258: Java's encoder rejects precomposed toned letters, so each is
   * written as its base letter (ă â ê ô ơ ư đ are single bytes) plus a combining tone byte.
   */
  public static byte[] windows1258(String text) throws CharacterCodingException {
    CharsetEncoder enc = TextDecoder.WINDOWS_1258.newEncoder()
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      String c = String.valueOf(text.charAt(i));
      if (enc.canEncode(c)) {
        out.writeBytes(encode(enc, c));
        continue;
      }
      String nfd = Normalizer.normalize(c, Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      String tone = "";
      for (char d : nfd.toCharArray()) {
        if (VietnameseScore.isToneMark(d)) {
          tone = String.valueOf(d);
        } else {
          base.append(d);
        }
      }
      String composed = Normalizer.normalize(base, Normalizer.Form.NFC);
      out.writeBytes(encode(enc, composed + tone));
    }
    return out.toByteArray();
  }

  private static byte[] encode(CharsetEncoder enc, String s) throws CharacterCodingException {
    ByteBuffer encoded = enc.encode(CharBuffer.wrap(s));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    return bytes;
  }

  /** TCVN3 (ABC) codes read as Latin-1: the letters and symbols legacy .VnTime text shows as. */
  private static final String TCVN3_FROM = "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĂÂÊÔƠƯĐ";
  private static final String TCVN3_TO = "\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE"
      + "\u00B5\u00B6\u00B7\u00B8\u00B9\u00BB\u00BC\u00BD\u00BE\u00C6\u00C7\u00C8\u00C9"
      + "\u00CA\u00CB\u00CC\u00CE\u00CF\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7"
      + "\u00D8\u00DC\u00DD\u00DE\u00DF\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8"
      + "\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6"
      + "\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00A1\u00A2\u00A3\u00A4\u00A5"
      + "\u00A6\u00A7";

  /**
   * NFC Vietnamese as a TCVN3 (ABC) file shows when read as Latin-1 ("Nghị quyết" → "NghÞ quyÕt").
   * TCVN3 has no toned capitals: like the .VnTimeH font, they take the small letter's code.
   */
  public static String tcvn3(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      int i = TCVN3_FROM.indexOf(c);
      if (i < 0 && Character.isUpperCase(c)) {
        i = TCVN3_FROM.indexOf(Character.toLowerCase(c));
      }
      out.append(i >= 0 ? TCVN3_TO.charAt(i) : c);
    }
    return out.toString();
  }

  /** NFC Vietnamese as a VNI-Windows file shows when read as Latin-1 ("Đảng" → "Ñaûng"). */
  public static String vni(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      boolean upper = Character.isUpperCase(c);
      String v = vniLower(Character.toLowerCase(c));
      out.append(v == null ? String.valueOf(c) : upper ? v.toUpperCase(java.util.Locale.ROOT) : v);
    }
    return out.toString();
  }

  private static String vniLower(char c) {
    switch (c) {
      case 'đ': return "ñ";
      case 'í': return "í";
      case 'ì': return "ì";
      case 'ỉ': return "æ";
      case 'ĩ': return "ó";
      case 'ị': return "ò";
      case 'ỵ': return "î";
      default: break;
    }
    String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    if (nfd.length() == 1 && c != 'ơ' && c != 'ư') {
      return null;
    }
    char base = nfd.charAt(0);
    String shape = "";
    String tone = "";
    for (char m : nfd.substring(1).toCharArray()) {
      switch (m) {
        case '\u0302' -> shape = "\u00E2"; // circumflex: aâ
        case '\u0306' -> shape = "\u00EA"; // breve: aê
        case '\u031B' -> base = base == 'o' ? '\u00F4' : '\u00F6'; // horn: ơ is ô, ư is ö
        case '\u0301' -> tone = "\u00F9";
        case '\u0300' -> tone = "\u00F8";
        case '\u0309' -> tone = "\u00FB";
        case '\u0303' -> tone = "\u00F5";
        case '\u0323' -> tone = "\u00EF";
        default -> { }
      }
    }
    if (!shape.isEmpty() && !tone.isEmpty()) {
      // With a circumflex or breve the tone and the shape are one mark.
      String marks = shape.equals("\u00E2") ? "\u00E1\u00E0\u00E5\u00E3\u00E4" : "\u00E9\u00E8\u00FA\u00FC\u00EB";
      return base + String.valueOf(marks.charAt("\u00F9\u00F8\u00FB\u00F5\u00EF".indexOf(tone)));
    }
    return base + shape + tone;
  }
}
