package org.canbo.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads the project's tab-separated vocabulary resources (gazetteer, posts, bodies, cue phrases):
 * UTF-8 (NFC), one entry per line, blank lines and lines starting with {@code #} skipped; a missing
 * resource fails at start-up naming it, a bad line names its file and number.
 */
public final class TsvResource {
  /** One data line: the file it is in, its 1-based number there, its text and its tab-separated fields. */
  public record Line(String source, int number, String text, String[] fields) {
    /** An error about this line, naming file and line: "units.tsv line 12: ...". */
    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(source + " line " + number + ": " + message);
    }

    /** The row type in the first column, refused (naming file and line) unless {@code known} has it. */
    public String kind(Collection<String> known) {
      String kind = fields[0].strip();
      if (!known.contains(kind)) {
        throw error("unknown row type '" + kind + "' (known: " + String.join(", ", known) + ")");
      }
      return kind;
    }
  }

  /** Parses an opened resource. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(InputStream in) throws IOException;
  }

  /** Parses the data lines of a resource. */
  @FunctionalInterface
  public interface RowParser<T> {
    T parse(List<Line> rows);
  }

  private TsvResource() {}

  /** Opens {@code resource} relative to {@code anchor}'s class loader path and parses it. */
  public static <T> T load(Class<?> anchor, String resource, Parser<T> parser) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the classpath: " + resource);
      }
      return parser.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Opens {@code resource} and parses its data lines, which name the resource in their errors. */
  public static <T> T loadRows(Class<?> anchor, String resource, RowParser<T> parser) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    return load(anchor, resource, in -> parser.parse(lines(in, name)));
  }

  /** The data lines of a TSV stream. */
  public static List<Line> lines(InputStream in) throws IOException {
    return lines(in, "TSV");
  }

  /** The data lines of a TSV stream read from {@code source} (named in line errors). */
  public static List<Line> lines(InputStream in, String source) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Line> out = new ArrayList<>();
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (!line.isBlank() && !line.startsWith("#")) {
        String nfc = Normalizer.normalize(line, Normalizer.Form.NFC); // resources edited anywhere
        out.add(new Line(source, no, nfc, nfc.split("\t", -1)));
      }
    }
    return out;
  }
}
