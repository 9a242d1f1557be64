package org.canbo.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.canbo.nlp.segment.LineSegmenter;
import org.canbo.nlp.segment.VietnameseSegmenter;
import picocli.CommandLine.Command;

/**
 * {@code canbo segment}: UTF-8 lines on stdin, one line of underscore-joined words per input line
 * on stdout ({@code Đồng_chí Hồ_Văn_Vịnh , Bí_thư Thị_ủy Quảng_Yên}).
 */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description = {
      "Segments UTF-8 text on standard input into words, one output line per input line.",
      "Words are separated by spaces, the syllables of a word joined by '_'."
    })
public final class SegmentCommand implements Callable<Integer> {
  @Override
  public Integer call() throws IOException {
    VietnameseSegmenter segmenter = VietnameseSegmenter.shared();
    Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        1 << 16);
    new LineSegmenter(segmenter).run(in, out);
    out.flush();
    return ExitCodes.OK;
  }
}
