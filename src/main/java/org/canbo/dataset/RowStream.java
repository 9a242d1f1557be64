package org.canbo.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams rows of one record type (concordance lines, frequency and collocate tables) as CSV or
 * JSONL, written as they come: the same conventions as {@link DatasetWriter} (header, RFC 4180,
 * CRLF, optional BOM, formula-like text cells guarded; JSONL one object per line).
 */
public final class RowStream implements AutoCloseable {
  private static final ObjectMapper JSON = SafeJson.lines();
  private static final CsvMapper CSV = new CsvMapper();

  private final DatasetFormat format;
  private final Writer out;
  private final SequenceWriter sequence;
  private long rows;

  /** {@code columns}: the record's JSON property names, in column order. */
  public RowStream(List<String> columns, DatasetFormat format, OutputStream stream,
      boolean excelBom) throws IOException {
    this.format = format;
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    if (excelBom) {
      out.write('\uFEFF');
    }
    if (format == DatasetFormat.CSV) {
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
      columns.forEach(schema::addColumn);
      sequence = CSV.writer(schema.build()).writeValues(out);
    } else {
      sequence = JSON.writer().withRootValueSeparator("\n").writeValues(out);
    }
  }

  public void write(Object row) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = JSON.convertValue(row, LinkedHashMap.class);
    sequence.write(format == DatasetFormat.CSV ? FormulaGuard.guard(map) : map);
    rows++;
  }

  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    sequence.close();
    if (format == DatasetFormat.JSONL && rows > 0) {
      out.write('\n');
    }
    out.flush();
    out.close();
  }

  static {
    CSV.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    CSV.enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
  }
}
