package org.canbo.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.canbo.ingest.ocr.OcrMode;
import org.canbo.ingest.ocr.OcrSettings;

/**
 * Entry point of a forked parse worker: reads one JSON request per stdin line, parses the file
 * in-process with {@link TikaDocumentParser} and answers with one JSON line on stdout.
 *
 * <p>Arguments: {@code --max-file-bytes N --max-chars N --ocr MODE --ocr-page-timeout SECONDS
 * [--allow-type MEDIA/TYPE]...}.
 */
public final class ParseWorkerMain {
  private ParseWorkerMain() {}

  public static void main(String[] args) throws IOException {
    // Only protocol lines may reach stdout; library chatter (PDFBox, POI, logging) goes to stderr.
    PrintStream protocol =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err);

    long maxFileBytes = IngestLimits.DEFAULTS.maxFileBytes();
    int maxChars = IngestLimits.DEFAULTS.maxChars();
    Set<String> extraTypes = new HashSet<>();
    OcrSettings ocr = OcrSettings.DEFAULTS;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--max-file-bytes" -> maxFileBytes = Long.parseLong(args[i + 1]);
        case "--max-chars" -> maxChars = Integer.parseInt(args[i + 1]);
        case "--allow-type" -> extraTypes.add(args[i + 1]);
        case "--ocr" -> ocr = ocr.withMode(OcrMode.parse(args[i + 1]));
        case "--ocr-page-timeout" ->
            ocr = ocr.withPageTimeout(Duration.ofSeconds(Long.parseLong(args[i + 1])));
        default -> throw new IllegalArgumentException("unknown worker option " + args[i]);
      }
    }
    // The parent enforces the deadline; these two fields are unused in the child.
    IngestLimits limits = new IngestLimits(maxFileBytes, maxChars, Duration.ofDays(1), 1, 64,
        IngestLimits.Isolation.IN_PROCESS, ocr);
    TikaDocumentParser parser = new TikaDocumentParser(limits, extraTypes);
    ObjectMapper json = new ObjectMapper();

    protocol.println(WorkerMessages.READY);
    protocol.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      WorkerMessages.Request request = json.readValue(line, WorkerMessages.Request.class);
      ParseOutcome outcome = parser.parse(Path.of(request.path()));
      protocol.println(WorkerMessages.PREFIX + json.writeValueAsString(WorkerMessages.Response.of(outcome)));
      protocol.flush();
    }
  }
}
