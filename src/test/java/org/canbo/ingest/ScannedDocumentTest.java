package org.canbo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.canbo.TestModels;
import org.canbo.extract.figure.FigureExtractor;
import org.canbo.extract.figure.Vocabulary;
import org.canbo.ingest.ocr.CharacterErrorRate;
import org.canbo.ingest.ocr.OcrMode;
import org.canbo.ingest.ocr.OcrSettings;
import org.canbo.ingest.ocr.SyntheticPage;
import org.canbo.ingest.ocr.TesseractOcr;
import org.canbo.model.ArticleMetadata;
import org.canbo.model.FailureReason;
import org.canbo.model.Figure;
import org.canbo.nlp.ner.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned PDFs and images: pages rendered from a seed article with skew and noise come back through
 * Tesseract with at most 2% character errors and the same figures; without Tesseract they fail with
 * one clear line. The OCR tests skip when Tesseract or its Vietnamese model is missing.
 */
class ScannedDocumentTest {
  private static final Path SEED = Path.of("corpus/001_8ddd9710a79e22ff.txt");
  private static SyntheticPage page;
  @TempDir Path dir;

  @BeforeAll
  static void render() throws IOException {
    assumeTrue(Files.exists(SyntheticPage.DEJAVU), "DejaVu Sans (fonts-dejavu-core) is missing");
    List<String> paragraphs = Fixtures.paragraphs(SEED).subList(3, 12);
    page = SyntheticPage.render(paragraphs, SyntheticPage.DEJAVU, 11, 0.6, 0.002, 13);
  }

  /** A parser whose Tesseract is looked up in {@code tesseractDir} ("" for the PATH). */
  private static TikaDocumentParser parser(OcrMode mode, String tesseractDir) {
    IngestLimits limits = IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS)
        .withOcr(OcrSettings.DEFAULTS.withMode(mode));
    return new TikaDocumentParser(limits, Set.of(), new TesseractOcr(limits.ocr(), tesseractDir));
  }

  private static void assumeTesseract() {
    assumeTrue(new TesseractOcr(OcrSettings.DEFAULTS).available(),
        "tesseract-ocr and tesseract-ocr-vie are not installed");
  }

  @Test
  void scannedPdfIsReadWithFewErrorsAndTheSameFigures() throws IOException {
    assumeTesseract();
    Path pdf = dir.resolve("scan.pdf");
    SyntheticPage.writePdf(List.of(page), pdf);
    ParsedText parsed = success(parser(OcrMode.AUTO, "").parse(pdf));
    assertThat(parsed.properties()).containsEntry(ParsedText.OCR, "true");
    assertThat(CharacterErrorRate.of(parsed.text(), page.text())).isLessThanOrEqualTo(0.02);
    FigureExtractor figures = new FigureExtractor(Vocabulary.load(), Gazetteer.load(),
        TestModels.SEGMENTER);
    List<String> expected = values(figures.extract("truth", page.text(), ArticleMetadata.EMPTY));
    assertThat(expected).hasSizeGreaterThan(3);
    assertThat(values(figures.extract("ocr", parsed.text(), ArticleMetadata.EMPTY)))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void pngImageIsRead() throws IOException {
    assumeTesseract();
    Path png = dir.resolve("scan.png");
    ImageIO.write(page.image(), "png", png.toFile());
    ParsedText parsed = success(parser(OcrMode.AUTO, "").parse(png));
    assertThat(parsed.mediaType()).isEqualTo("image/png");
    assertThat(parsed.properties()).containsEntry(ParsedText.OCR, "true");
    assertThat(CharacterErrorRate.of(parsed.text(), page.text())).isLessThanOrEqualTo(0.02);
  }

  @Test
  void withoutTesseractAScanFailsWithOneClearLine() throws IOException {
    Path pdf = dir.resolve("scan.pdf");
    SyntheticPage.writePdf(List.of(page), pdf);
    String missing = dir.resolve("no-such").toString();
    ParseOutcome outcome = parser(OcrMode.AUTO, missing).parse(pdf);
    assertThat(outcome).isInstanceOf(ParseOutcome.Failure.class);
    assertThat(((ParseOutcome.Failure) outcome).reason()).isEqualTo(FailureReason.NEEDS_OCR);
    assertThat(((ParseOutcome.Failure) outcome).message())
        .isEqualTo("scanned PDF: install tesseract-ocr and tesseract-ocr-vie to read it");
    ParseOutcome never = parser(OcrMode.NEVER, missing).parse(pdf);
    assertThat(((ParseOutcome.Failure) never).message()).isEqualTo("no text could be extracted (scanned PDF; OCR is off "
        + "(--ocr never))");
  }

  @Test
  void aPdfWithATextLayerIsNotOcrd() throws IOException {
    Path pdf = dir.resolve("text.pdf");
    Fixtures.pdf(Fixtures.paragraphs(SEED), pdf, null);
    // Tesseract "missing": an OCR attempt would fail the file instead of reading its text layer.
    String missing = dir.resolve("no-such").toString();
    ParsedText parsed = success(parser(OcrMode.AUTO, missing).parse(pdf));
    assertThat(parsed.properties()).doesNotContainKey(ParsedText.OCR);
    assertThat(parsed.flags()).isEmpty();
  }

  private static List<String> values(List<Figure> figures) {
    return figures.stream().map(f -> f.value().stripTrailingZeros().toPlainString() + " " + f.unit())
        .toList();
  }

  private static ParsedText success(ParseOutcome outcome) {
    assertThat(outcome).as(outcome.toString()).isInstanceOf(ParseOutcome.Success.class);
    return ((ParseOutcome.Success) outcome).parsed();
  }
}
