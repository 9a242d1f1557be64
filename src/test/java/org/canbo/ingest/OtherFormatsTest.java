package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canbo.ingest.TikaDocumentParserTest.failure;
import static org.canbo.ingest.TikaDocumentParserTest.success;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.canbo.model.FailureReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RTF, ODT and an encrypted DOCX, built by hand so the fixtures stay tiny and readable. */
class OtherFormatsTest {
  private static final List<String> PARAGRAPHS = List.of(
      "Nghị quyết số 04-NQ/TU về công tác cán bộ",
      "Luân chuyển 21/42 đồng chí từ tỉnh về huyện.");
  private final TikaDocumentParser parser = new TikaDocumentParser(
      IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS));

  @TempDir Path dir;

  @Test
  void rtfWithUnicodeEscapes() throws IOException {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}"
        + "{\\info{\\title Ngh\\u7883? quy\\u7871?t}}\n");
    for (String p : PARAGRAPHS) {
      // As word processors write it: paragraph properties and font reset before the text.
      rtf.append("\\pard\\plain\\f0 ");
      for (char c : p.toCharArray()) {
        rtf.append(c < 0x80 ? String.valueOf(c) : "\\u" + (int) c + "?");
      }
      rtf.append("\\par\n");
    }
    rtf.append("}");
    Path file = Files.writeString(dir.resolve("a.rtf"), rtf, StandardCharsets.US_ASCII);
    ParsedText parsed = success(parser.parse(file));
    assertThat(parsed.mediaType()).isEqualTo("application/rtf");
    assertThat(Fixtures.lines(parsed.text())).isEqualTo(PARAGRAPHS);
    assertThat(parsed.properties()).containsEntry(ParsedText.TITLE, "Nghị quyết");
  }

  @Test
  void odtParagraphsAndTitle() throws IOException {
    Path file = dir.resolve("a.odt");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      put(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      StringBuilder body = new StringBuilder();
      for (String p : PARAGRAPHS) {
        body.append("<text:p>").append(p).append("</text:p>");
      }
      put(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
          + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
          + "<office:body><office:text>" + body + "</office:text></office:body>"
          + "</office:document-content>");
      put(zip, "meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
          + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta>"
          + "<dc:title>Công tác cán bộ</dc:title></office:meta></office:document-meta>");
    }
    ParsedText parsed = success(parser.parse(file));
    assertThat(parsed.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(Fixtures.lines(parsed.text())).isEqualTo(PARAGRAPHS);
    assertThat(parsed.properties()).containsEntry(ParsedText.TITLE, "Công tác cán bộ");
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  @Test
  void passwordProtectedDocxIsEncrypted() throws IOException, GeneralSecurityException {
    Path plain = dir.resolve("plain.docx");
    Fixtures.docx(PARAGRAPHS, plain);
    Path secret = dir.resolve("secret.docx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("mật khẩu");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        Files.copy(plain, os);
      }
      try (OutputStream out = Files.newOutputStream(secret)) {
        fs.writeFilesystem(out);
      }
    }
    failure(parser.parse(secret), FailureReason.ENCRYPTED);
  }
}
