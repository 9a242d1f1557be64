package org.canbo.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.canbo.config.Models;
import org.canbo.ingest.IngestLimits;
import org.canbo.ingest.ocr.OcrMode;
import org.canbo.ingest.ocr.OcrSettings;
import org.canbo.pipeline.BatchPolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Limits shared by every command that reads files; all explicit, all documented. */
final class IngestOptions {
  @Option(
      names = "--max-file-mb",
      paramLabel = "MB",
      description = "Skip (and report) files larger than this. Default: ${DEFAULT-VALUE}.")
  long maxFileMb = IngestLimits.DEFAULTS.maxFileBytes() >> 20;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description = "Keep at most N characters per document; longer ones are flagged TRUNCATED. "
          + "Default: ${DEFAULT-VALUE}.")
  int maxChars = IngestLimits.DEFAULTS.maxChars();

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Per-document parse deadline; a parser still running is killed. "
          + "Default: ${DEFAULT-VALUE}.")
  long timeoutSeconds = IngestLimits.DEFAULTS.parseTimeout().toSeconds();

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Files processed in parallel (each with its own parser process). "
          + "Default: one per core, at least 2 and at most 8 (here ${DEFAULT-VALUE}).")
  int workers = IngestLimits.DEFAULTS.parseWorkers();

  @Option(
      names = "--in-process",
      description = "Parse inside this JVM instead of isolated worker processes (faster start, "
          + "but a hanging or out-of-memory parser can stall the batch).")
  boolean inProcess;

  @Option(
      names = "--ocr",
      paramLabel = "never|auto|always",
      converter = OcrModeConverter.class,
      description = "OCR with Tesseract (language vie, 300 dpi): 'auto' reads PDF pages without a "
          + "text layer and PNG/JPEG/TIFF images, 'always' every PDF page, 'never' none. "
          + "Default: auto.")
  OcrMode ocr = OcrSettings.DEFAULTS.mode();

  @Option(
      names = "--ocr-page-timeout",
      paramLabel = "SECONDS",
      description = "Deadline for OCR of one page or image; raise --timeout too for long scans. "
          + "Default: ${DEFAULT-VALUE}.")
  long ocrPageTimeoutSeconds = OcrSettings.DEFAULTS.pageTimeout().toSeconds();

  /** Accepts never, auto, always in any case. */
  static final class OcrModeConverter implements ITypeConverter<OcrMode> {
    @Override
    public OcrMode convert(String value) {
      try {
        return OcrMode.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected never, auto or always, got '" + value + "'");
      }
    }
  }

  @Option(
      names = "--allow-duplicates",
      description = "Also index a file whose content is already indexed (or read earlier in this "
          + "run) under another id, e.g. the same corpus reached through another path.")
  boolean allowDuplicates;

  @Option(
      names = "--follow-links",
      description = "Follow symbolic links that point out of the directories given (skipped and "
          + "reported otherwise), and links to directories.")
  boolean followLinks;

  @Option(
      names = "--ner-model",
      paramLabel = "MODEL",
      description = "A person name-finder model trained with 'canbo train-ner', used instead of the "
          + "default one.")
  Path nerModel;

  /** The models for these options, loaded once for the whole run. */
  @Option(
      names = "--figure-model",
      paramLabel = "MODEL",
      description = "A figure model trained with 'canbo train-figures', used instead of the "
          + "shipped one.")
  Path figureModel;

  /** The shared models, with the given model files; a missing one is a NoSuchFileException. */
  Models models() throws java.nio.file.NoSuchFileException {
    CanboSubcommand.requireInputs(nerModel, figureModel);
    return Models.load(Optional.ofNullable(nerModel), Optional.ofNullable(figureModel));
  }

  BatchPolicy policy() {
    return new BatchPolicy(followLinks, allowDuplicates);
  }

  IngestLimits limits() {
    return new IngestLimits(
        maxFileMb << 20,
        maxChars,
        Duration.ofSeconds(timeoutSeconds),
        workers,
        IngestLimits.DEFAULTS.workerHeapMb(),
        inProcess ? IngestLimits.Isolation.IN_PROCESS : IngestLimits.Isolation.PROCESS,
        OcrSettings.DEFAULTS.withMode(ocr)
            .withPageTimeout(Duration.ofSeconds(ocrPageTimeoutSeconds)));
  }
}
