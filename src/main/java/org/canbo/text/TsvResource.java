package org.canbo.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's tab-separated vocabulary resources (gazetteer, posts, bodies, cue phrases):
 * UTF-8 (NFC), one entry per line, blank lines and lines starting with {@code #} skipped; a missing
 * resource fails at start-up naming it.
 */
public final class TsvResource {
  /** One data line: its 1-based number in the file, its text and its tab-separated fields. */
  public record Line(int number, String text, String[] fields) {}

  /** Parses an opened resource. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(InputStream in) throws IOException;
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

  /** The data lines of a TSV stream. */
  public static List<Line> lines(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Line> out = new ArrayList<>();
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (!line.isBlank() && !line.startsWith("#")) {
        String nfc = Normalizer.normalize(line, Normalizer.Form.NFC); // resources edited anywhere
        out.add(new Line(no, nfc, nfc.split("\t", -1)));
      }
    }
    return out;
  }
}
