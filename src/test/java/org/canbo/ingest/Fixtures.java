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
}
