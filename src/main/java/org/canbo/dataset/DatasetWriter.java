package org.canbo.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canbo.model.Document;

/**
 * Streams one dataset as JSONL or CSV: rows are written as documents arrive, never collected.
 * CSV has a header, the fixed column order of the row record then {@code dup_of}, RFC 4180 quoting and CRLF line ends,
 * an optional UTF-8 BOM for Excel, and text cells that look like formulas prefixed with {@code '}.
 * JSONL escapes U+2028/U+2029, which some line-based tools take for line breaks.
 */
public final class DatasetWriter implements AutoCloseable {
  private static final ObjectMapper JSON = SafeJson.lines();
  private static final CsvMapper CSV = new CsvMapper();

  private final Dataset dataset;
  private final DatasetFormat format;
  private final RowFilter filter;
  private final Writer out;
  private final SequenceWriter sequence;
  private long rows;

  /**
   * @param excelBom write a UTF-8 byte-order mark first, so Excel reads Vietnamese correctly
   */
  public DatasetWriter(Dataset dataset, DatasetFormat format, OutputStream stream, boolean excelBom,
      RowFilter filter) throws IOException {
    this.dataset = dataset;
    this.filter = filter;
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    if (excelBom) {
      out.write('\uFEFF');
    }
    if (format == DatasetFormat.CSV) {
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
      Columns.of(dataset).forEach(schema::addColumn);
      sequence = CSV.writer(schema.build()).writeValues(out);
    } else {
      sequence = JSON.writer().withRootValueSeparator("\n").writeValues(out);
    }
    this.format = format;
  }

  /** Writes the document's rows that pass the filter, every item with status auto. */
  public void write(Document document) throws IOException {
    writeRendered(render(document, ReviewColumns.Marks.AUTO));
  }

  /** Writes the document's rows that pass the filter, with their items' review marks. */
  public void write(Document document, ReviewColumns.Marks marks) throws IOException {
    writeRendered(render(document, marks));
  }

  /**
   * The document's rows that pass the filter, ready to write; thread-safe, so callers can render
   * in parallel and write in a fixed order.
   */
  public List<Object> render(Document document) {
    return render(document, ReviewColumns.Marks.AUTO);
  }

  /** As {@link #render(Document)}, with the items' review marks in the last columns. */
  public List<Object> render(Document document, ReviewColumns.Marks marks) {
    List<? extends Record> flat = dataset.rows(document);
    List<ObjectNode> objects = format == DatasetFormat.JSONL ? dataset.objects(document) : null;
    boolean reviewable = ReviewColumns.applies(dataset);
    List<Object> out = new ArrayList<>(flat.size());
    String dupOf = document.copies().dupOf(document.id());
    for (int i = 0; i < flat.size(); i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> row = JSON.convertValue(flat.get(i), LinkedHashMap.class);
      ReviewColumns.Mark mark = null;
      if (reviewable) {
        mark = marks.of(dataset, (Integer) row.get("start"), (Integer) row.get("end"));
        ReviewColumns.append(row, mark);
      }
      // Every dataset ends with dup_of, so copies can be told apart without a join.
      row.put(Columns.DUP_OF, dupOf);
      if (filter.test(row)) {
        Object written = format == DatasetFormat.CSV ? FormulaGuard.guard(row) : objects.get(i);
        if (mark != null && written instanceof ObjectNode o) {
          o.put(ReviewColumns.STATUS, mark.status()).put(ReviewColumns.REVIEWER, mark.reviewer());
        }
        if (written instanceof ObjectNode o) {
          o.put(Columns.DUP_OF, dupOf);
        }
        out.add(written);
      }
    }
    return out;
  }

  /** Writes rows from {@link #render}. */
  public synchronized void writeRendered(List<Object> rendered) throws IOException {
    for (Object row : rendered) {
      sequence.write(row);
      rows++;
    }
  }

  /** Rows written so far. */
  public synchronized long rows() {
    return rows;
  }

  @Override
  public synchronized void close() throws IOException {
    sequence.close();
    if (format == DatasetFormat.JSONL && rows > 0) {
      out.write('\n'); // JSONL ends each line, the last one too
    }
    out.flush();
    out.close();
  }


  static {
    // Keep the generator from closing System.out when writing to stdout.
    CSV.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // Quote only cells that need it (separator, quote, line break), as RFC 4180 readers expect.
    CSV.enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
  }
}
