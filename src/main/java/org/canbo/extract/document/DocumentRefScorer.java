package org.canbo.extract.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.canbo.extract.eval.GoldFiles;
import org.canbo.extract.eval.Scorer;
import org.canbo.model.Confidence;
import org.canbo.model.DocumentRef;
import org.canbo.text.ToneMarks;

/**
 * Scores document references by SCHEMA.md: a prediction matches a gold reference of the same
 * document when doc_type and number agree after NFC, canonical tone marks (Ð = Đ) and removing
 * whitespace ("02 - QĐ/HU" = "02-QÐ/HU"; null = null), one-to-one; P, R and F1 over all documents.
 * Also reads the "document_ref" lines of gold files.
 */
public final class DocumentRefScorer {

  private static final Scorer<DocumentRef> SCORER = new Scorer<>(
      (g, p) -> Objects.equals(normalise(g.docType()), normalise(p.docType()))
          && Objects.equals(normalise(g.number()), normalise(p.number())));

  /** Scores {@code predicted} against {@code gold}; documents missing from either side count. */
  public DocumentRefScore score(Map<String, List<DocumentRef>> gold, Map<String, List<DocumentRef>> predicted) {
    Scorer.Result<DocumentRef> r = SCORER.score(gold, predicted);
    return new DocumentRefScore(r.truePositives(), r.falsePositives(), r.falseNegatives(),
        r.matches().stream().map(Scorer.Match::predicted).toList(), r.misses(), r.falseAlarms());
  }

  /** The comparison form of a doc_type or number: NFC, canonical tone marks, no whitespace. */
  public static String normalise(String s) {
    if (s == null) {
      return null;
    }
    return ToneMarks.canonical(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("\\s+", "");
  }

  /** Gold references of every {@code *.gold.jsonl} file in {@code dir}, by document id. */
  public Map<String, List<DocumentRef>> readGoldDir(Path dir) throws IOException {
    return GoldFiles.readDir(dir, "document_ref", DocumentRefScorer::reference);
  }

  /** The "document_ref" lines of one gold file (offsets unknown: 0, 0; sentence -1). */
  public List<DocumentRef> readGoldFile(String doc, Path file) throws IOException {
    return GoldFiles.readFile(doc, file, "document_ref", DocumentRefScorer::reference);
  }

  private static DocumentRef reference(String doc, JsonNode n) {
    return new DocumentRef(GoldFiles.text(n, "doc_type"), GoldFiles.text(n, "number"),
        GoldFiles.text(n, "date"), GoldFiles.text(n, "issuer"), GoldFiles.text(n, "term"),
        GoldFiles.text(n, "plenum"), null, null, doc, -1, 0, 0, Confidence.CERTAIN);
  }
}
