package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.ArrayList;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.canbo.TestModels;
import org.canbo.config.Models;
import org.canbo.config.Pipelines;
import org.canbo.index.CorpusSearcher;
import org.canbo.index.LuceneIndex;
import org.canbo.ingest.IngestLimits;
import org.canbo.pipeline.BatchPolicy;
import org.canbo.pipeline.IngestSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the index: the batch stops at the first write failure with one line, the
 * summary is still printed, nothing of the run is committed and the previous commit stays intact.
 * The disk is a Lucene directory that fails as a full one does (no tmpfs or root needed).
 */
class IndexWriteFailureTest {
  private static final String FULL = "No space left on device";
  private static final String LINE = "index write failed: no space left on device; stopped: "
      + "nothing from this run was committed, the index keeps its previous commit";
  private static final IngestLimits LIMITS =
      IngestLimits.DEFAULTS.withIsolation(IngestLimits.Isolation.IN_PROCESS);
  private static Models models;
  @TempDir Path tmp;

  @BeforeAll
  static void loadModels() {
    models = Models.load();
  }

  /** Fails every write once {@link #fill} is called; with {@code atCommit}, only the fsync. */
  private static final class FullDisk extends FilterDirectory {
    private volatile boolean full;
    private final boolean atCommit;

    FullDisk(Directory in, boolean atCommit) {
      super(in);
      this.atCommit = atCommit;
    }

    void fill() {
      full = true;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      IndexOutput out = super.createOutput(name, context);
      return full && !atCommit ? new FullOutput(out) : out;
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      IndexOutput out = super.createTempOutput(prefix, suffix, context);
      return full && !atCommit ? new FullOutput(out) : out;
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
      if (full) {
        throw new IOException(FULL);
      }
      super.sync(names);
    }
  }

  /** An output whose every write fails as on a full disk. */
  private static final class FullOutput extends IndexOutput {
    private final IndexOutput in;

    FullOutput(IndexOutput in) {
      super("full(" + in + ")", in.getName());
      this.in = in;
    }

    @Override
    public void writeByte(byte b) throws IOException {
      throw new IOException(FULL);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      throw new IOException(FULL);
    }

    @Override
    public long getFilePointer() {
      return in.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return in.getChecksum();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  @Test
  void aFullDiskWhileAddingStopsTheBatchWithOneLine() throws IOException {
    runOnFullDisk(false);
  }

  @Test
  void aFullDiskAtCommitIsReportedTheSameWay() throws IOException {
    runOnFullDisk(true);
  }

  private void runOnFullDisk(boolean atCommit) throws IOException {
    Path index = tmp.resolve("index");
    CliRun first = CliRun.of("ingest", "--in-process", "--index", index.toString(), "corpus");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Path more = moreArticles();

    FullDisk disk = new FullDisk(FSDirectory.open(index), atCommit);
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    IngestSummary summary;
    LuceneIndex sink =
        new LuceneIndex(index, disk, Pipelines.version(LIMITS), TestModels.SEGMENTER);
    try {
      disk.fill();
      summary = IngestJob.run(List.of(more), sink, LIMITS, BatchPolicy.DEFAULT, models, lines::add);
    } finally {
      org.apache.lucene.util.IOUtils.closeWhileHandlingException(sink::close);
    }

    assertThat(lines).containsExactly(LINE);
    assertThat(summary.writeFailure()).isEqualTo("no space left on device");
    assertThat(IngestJob.exitCode(summary)).isEqualTo(ExitCodes.FATAL);
    assertThat(summary.describe()).contains("files seen: 3", "ingested: 0", "failed: 0",
        "not committed: 3");
    try (CorpusSearcher searcher = new CorpusSearcher(index, TestModels.SEGMENTER)) {
      assertThat(searcher.count()).as("the previous commit").isEqualTo(5);
    }
    try (Directory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
  }

  /** Three articles not yet in the index (other bytes than the seeds). */
  private Path moreArticles() throws IOException {
    Path more = Files.createDirectories(tmp.resolve("more"));
    for (String seed : List.of(IngestCommandTest.S000, IngestCommandTest.S001,
        IngestCommandTest.S004)) {
      String text = Files.readString(Path.of("corpus/" + seed + ".txt"), StandardCharsets.UTF_8);
      Files.writeString(more.resolve("nfd-" + seed + ".txt"),
          Normalizer.normalize(text, Normalizer.Form.NFD), StandardCharsets.UTF_8);
    }
    return more;
  }
}
