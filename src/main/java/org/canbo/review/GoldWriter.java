package org.canbo.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.canbo.dataset.SafeJson;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.Document;
import org.canbo.model.DocumentRef;
import org.canbo.model.Figure;
import org.canbo.model.Official;

/**
 * Writes a reviewed article as a gold file in the SCHEMA.md format ({@code <doc>.gold.jsonl}: a
 * "meta" line, then "figure", "official" and "document_ref" lines), what {@code canbo eval
 * --gold} and the training commands read. The file is named by the last path segment of the id,
 * as eval matches articles to gold files; it is written whole and renamed into place.
 */
public final class GoldWriter {
  public static final String SUFFIX = ".gold.jsonl";
  private static final ObjectMapper JSON = SafeJson.lines();

  private final Path dir;

  public GoldWriter(Path dir) {
    this.dir = dir;
  }

  /** The gold file name of an article id ("2019/001_abc" → "001_abc.gold.jsonl"). */
  public static String fileName(String id) {
    return id.substring(id.lastIndexOf('/') + 1) + SUFFIX;
  }

  /** Writes the document's gold file (rejected items must already be left out). */
  public Path write(Document d) throws IOException {
    StringBuilder out = new StringBuilder();
    line(out, meta(d.metadata()));
    for (Figure f : d.annotations().figures()) {
      line(out, figure(f));
    }
    for (Official o : d.annotations().officials()) {
      ObjectNode n = JSON.createObjectNode().put("type", "official").put("name", o.name());
      o.titles().forEach(n.putArray("titles")::add);
      line(out, n.put("org_locality", o.orgLocality()));
    }
    for (DocumentRef r : d.annotations().documents()) {
      line(out, JSON.createObjectNode().put("type", "document_ref").put("doc_type", r.docType())
          .put("number", r.number()).put("date", r.date()).put("issuer", r.issuer())
          .put("term", r.term()).put("plenum", r.plenum()));
    }
    Files.createDirectories(dir);
    Path target = dir.resolve(fileName(d.id()));
    Path tmp = Files.createTempFile(dir, ".gold-", ".tmp");
    try {
      Files.writeString(tmp, out, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  private static ObjectNode meta(ArticleMetadata m) {
    return JSON.createObjectNode().put("type", "meta").put("title", m.title()).put("date", m.date())
        .put("source", m.source()).put("author", m.author()).put("locality", m.locality());
  }

  private static ObjectNode figure(Figure f) {
    ObjectNode n = JSON.createObjectNode().put("type", "figure").put("text", f.text());
    n.put("value", f.value()).put("kind", f.kind()).put("denominator", f.denominator())
        .put("unit", f.unit()).put("approx", f.approx()).put("category", f.category())
        .put("subcategory", f.subcategory()).put("role", f.role());
    if (f.period() == null) {
      n.putNull("period");
    } else {
      n.putObject("period").put("start", f.period().start()).put("end", f.period().end());
    }
    return n.put("scope", f.scope()).put("part_of", f.partOf());
  }

  private static void line(StringBuilder out, ObjectNode n) throws IOException {
    out.append(JSON.writeValueAsString(n)).append('\n');
  }
}
