package org.canbo.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.canbo.model.ArticleMetadata;
import org.canbo.nlp.ner.Gazetteer;
import org.canbo.text.TextCleaner;
import org.canbo.text.ToneMarks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Per-field accuracy of the metadata extractor on the shared dev set (skipped when absent). */
class DevSetMetadataTest {
  private static final Path DEV = Path.of("../shared/dev");
  private static final String[] FIELDS = {"title", "date", "source", "author", "locality"};
  /** 25/25 on every field when written (rules were tuned on this set): the floors allow two misses. */
  private static final Map<String, Double> FLOORS =
      Map.of("title", 0.92, "date", 0.92, "source", 0.92, "author", 0.92, "locality", 0.92);

  @Test
  void perFieldAccuracyOnDevSet() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DEV.resolve("gold")), "no dev set at " + DEV);
    ObjectMapper json = new ObjectMapper();
    MetadataExtractor extractor = new MetadataExtractor(Gazetteer.load());
    TextCleaner cleaner = new TextCleaner();
    Map<String, Integer> right = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    List<Path> golds;
    try (Stream<Path> s = Files.list(DEV.resolve("gold"))) {
      golds = s.filter(p -> p.toString().endsWith(".gold.jsonl")).sorted().toList();
    }
    for (Path gold : golds) {
      String id = gold.getFileName().toString().replace(".gold.jsonl", "");
      String raw = Files.readString(DEV.resolve("texts").resolve(id + ".txt"), StandardCharsets.UTF_8);
      JsonNode meta = json.readTree(Files.readAllLines(gold, StandardCharsets.UTF_8).get(0));
      ArticleMetadata got = extractor.extract(cleaner.clean(raw), Map.of());
      String[] values = {got.title(), got.date(), got.source(), got.author(), got.locality()};
      for (int f = 0; f < FIELDS.length; f++) {
        String expected = meta.get(FIELDS[f]).isNull() ? null : meta.get(FIELDS[f]).asText();
        if (Objects.equals(key(expected), key(values[f]))) {
          right.merge(FIELDS[f], 1, Integer::sum);
        } else {
          misses.add(id + " " + FIELDS[f] + ": expected " + expected + " got " + values[f]);
        }
      }
    }
    misses.forEach(m -> System.out.println("dev miss " + m));
    for (String field : FIELDS) {
      double acc = right.getOrDefault(field, 0) / (double) golds.size();
      System.out.printf("dev %s accuracy %.2f (%d/%d)%n", field, acc, right.getOrDefault(field, 0), golds.size());
      assertThat(acc).as(field + " accuracy").isGreaterThanOrEqualTo(FLOORS.get(field));
    }
  }

  /** Gold and prediction compare after NFC-insensitive tone-mark normalisation only. */
  private static String key(String s) {
    return s == null ? null : ToneMarks.canonical(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC));
  }
}
