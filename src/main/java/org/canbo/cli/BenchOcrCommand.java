package org.canbo.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.canbo.ingest.ocr.CharacterErrorRate;
import org.canbo.ingest.ocr.OcrSettings;
import org.canbo.ingest.ocr.PageImageFormat;
import org.canbo.ingest.ocr.PageRenderer;
import org.canbo.ingest.ocr.SyntheticPage;
import org.canbo.ingest.ocr.TesseractOcr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code canbo bench-ocr}: renders pages from the seed articles (DejaVu Sans, skew, noise) into a
 * scanned PDF, then per page image format (TIFF, PNG) times the page rendering as ingest does it
 * and the Tesseract run, and scores the character error rate.
 */
@Command(
    name = "bench-ocr",
    mixinStandardHelpOptions = true,
    description = "Measures OCR of scanned pages: rendering time per page for TIFF and PNG, "
        + "Tesseract seconds per page and character error rate.")
public final class BenchOcrCommand extends CanboSubcommand {
  @Option(names = "--corpus", paramLabel = "DIR", description = "Seed articles (*.txt, UTF-8), one "
      + "page each. Default: ${DEFAULT-VALUE}.")
  Path corpus = Path.of("corpus");

  @Option(names = "--pages", paramLabel = "N", description = "Pages. Default: ${DEFAULT-VALUE}.")
  int pages = 3;

  @Option(names = "--skew", paramLabel = "DEGREES", description = "Default: ${DEFAULT-VALUE}.")
  double skew = 0.6;

  @Option(names = "--noise", paramLabel = "SHARE", description = "Share of pixels flipped. "
      + "Default: ${DEFAULT-VALUE}.")
  double noise = 0.002;

  @Override
  public Integer call() throws IOException {
    TesseractOcr probe = new TesseractOcr(OcrSettings.DEFAULTS);
    if (!probe.available()) {
      err().println("canbo bench-ocr: " + TesseractOcr.MISSING);
      return ExitCodes.FATAL;
    }
    List<SyntheticPage> rendered = pages();
    Path pdf = Files.createTempFile("canbo-bench-ocr", ".pdf");
    try {
      SyntheticPage.writePdf(rendered, pdf);
      out().printf("%d pages, 300 dpi, skew %.1f°, noise %.3f, OMP_THREAD_LIMIT=%s%n",
          rendered.size(), skew, noise, System.getenv().getOrDefault("OMP_THREAD_LIMIT", "unset"));
      for (PageImageFormat format : PageImageFormat.values()) {
        measure(pdf, rendered, OcrSettings.DEFAULTS.withFormat(format));
      }
    } finally {
      Files.deleteIfExists(pdf);
    }
    return 0;
  }

  private void measure(Path pdf, List<SyntheticPage> rendered, OcrSettings settings)
      throws IOException {
    TesseractOcr ocr = new TesseractOcr(settings);
    long renderNanos = 0;
    long ocrNanos = 0;
    long bytes = 0;
    double cer = 0;
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PageRenderer renderer = new PageRenderer(document, settings);
      renderer.render(0); // warm-up: class loading and JIT are not charged to the first format
      for (int i = 0; i < rendered.size(); i++) {
        long t0 = System.nanoTime();
        byte[] image = renderer.render(i);
        long t1 = System.nanoTime();
        String text;
        try {
          text = ocr.read(new ByteArrayInputStream(image));
        } catch (Exception e) {
          throw new IOException("page " + (i + 1) + ": " + e.getMessage(), e);
        }
        ocrNanos += System.nanoTime() - t1;
        renderNanos += t1 - t0;
        bytes += image.length;
        cer += CharacterErrorRate.of(text, rendered.get(i).text());
      }
    }
    int n = rendered.size();
    out().printf("%-4s render %.2f s/page (%.1f MB/page)  tesseract %.2f s/page  CER %.2f%%%n",
        settings.format().imageIoName(), renderNanos / 1e9 / n, bytes / 1e6 / n,
        ocrNanos / 1e9 / n, 100 * cer / n);
  }

  private List<SyntheticPage> pages() throws IOException {
    List<Path> seeds;
    try (Stream<Path> files = Files.list(corpus)) {
      seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(pages).toList();
    }
    List<SyntheticPage> out = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      List<String> paragraphs = Files.readAllLines(seeds.get(i), StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(l -> l.length() > 1).toList();
      out.add(SyntheticPage.render(paragraphs, SyntheticPage.DEJAVU, 11, skew, noise, i));
    }
    return out;
  }
}
