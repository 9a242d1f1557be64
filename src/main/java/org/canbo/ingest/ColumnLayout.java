package org.canbo.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds text columns on a page from glyph positions alone, so that a two-column page reads column
 * by column even when its content stream writes it row by row (left line 1, right line 1, ...),
 * which position sorting alone would merge into interleaved lines.
 *
 * <p>Lines are cut into runs of consecutive lines that share a gutter: an x-range at least
 * {@value #GUTTER_IN_GLYPHS} median glyph widths wide that no glyph of those lines touches. A
 * headline or footer across the page ends a run. A run becomes columns only when it looks like
 * prose set in columns: at least {@value #MIN_LINES} lines, and in each column most lines filling
 * its width; a table, a form ("Họ và tên: ...") or the two-block header of a resolution stays in
 * rows, as before. Pure geometry, no PDF types, so it is tested with plain boxes.
 */
final class ColumnLayout {
  /** One glyph: left edge, width, baseline (y grows downwards), height; blank for spaces. */
  record Box(float x, float width, float y, float height, boolean blank) {}

  static final float GUTTER_IN_GLYPHS = 1.5f;
  static final int MIN_LINES = 3;
  /** A line "fills" its column when it reaches this share of the column's width. */
  private static final float FULL_LINE = 0.85f;
  /** Most lines (this share) of every column must fill it. */
  private static final float FULL_SHARE = 0.5f;
  /** A column is at least this many glyph widths wide (no number columns). */
  private static final float MIN_COLUMN_IN_GLYPHS = 8;

  private final List<Box> boxes;
  private final float glyph;
  private final float gutter;

  private ColumnLayout(List<Box> boxes) {
    this.boxes = boxes;
    this.glyph = median(boxes, true);
    this.gutter = GUTTER_IN_GLYPHS * glyph;
  }

  /**
   * The glyph indices in reading order, as groups: one per column of a columned run, one per
   * stretch of ordinary rows; each group keeps the glyphs' original order.
   */
  static List<List<Integer>> groups(List<Box> boxes) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      all.add(i);
    }
    if (boxes.size() < 2) {
      return List.of(all);
    }
    ColumnLayout layout = new ColumnLayout(boxes);
    return layout.glyph <= 0 ? List.of(all) : layout.order(layout.lines(all));
  }

  private List<List<Integer>> order(List<List<Integer>> lines) {
    List<List<Integer>> groups = new ArrayList<>();
    List<List<Integer>> run = new ArrayList<>();
    boolean previousPlain = false;
    for (int i = 0; i < lines.size(); i++) {
      List<List<Integer>> extended = new ArrayList<>(run);
      extended.add(lines.get(i));
      boolean runHasGutter = !gaps(run).isEmpty();
      boolean startsColumns = !runHasGutter && !run.isEmpty()
          && i + MIN_LINES <= lines.size() && !gaps(lines.subList(i, i + MIN_LINES)).isEmpty();
      if (run.isEmpty() || (runHasGutter ? !gaps(extended).isEmpty() : !startsColumns)) {
        run = extended;
        continue;
      }
      previousPlain = close(run, groups, previousPlain);
      run = new ArrayList<>(List.of(lines.get(i)));
    }
    close(run, groups, previousPlain);
    for (List<Integer> group : groups) {
      group.sort(Comparator.naturalOrder());
    }
    return groups;
  }

  /** Adds the run as columns, or as rows merged with rows before it; true when it was rows. */
  private boolean close(List<List<Integer>> run, List<List<Integer>> groups, boolean previousPlain) {
    List<List<Integer>> columns = columns(run);
    if (columns.size() > 1) {
      groups.addAll(columns);
      return false;
    }
    List<Integer> glyphs = new ArrayList<>();
    run.forEach(glyphs::addAll);
    if (previousPlain) {
      groups.get(groups.size() - 1).addAll(glyphs);
    } else {
      groups.add(glyphs);
    }
    return true;
  }

  /** The run's columns, left to right, when it is prose set in columns; else one group. */
  private List<List<Integer>> columns(List<List<Integer>> run) {
    List<float[]> gaps = gaps(run);
    if (gaps.isEmpty() || run.size() < MIN_LINES) {
      return List.of();
    }
    List<List<Integer>> columns = new ArrayList<>();
    for (int c = 0; c <= gaps.size(); c++) {
      // Columns meet in the middle of their gutter: every glyph (spaces too) lands in one.
      float from = c == 0 ? Float.NEGATIVE_INFINITY : middle(gaps.get(c - 1));
      float to = c == gaps.size() ? Float.POSITIVE_INFINITY : middle(gaps.get(c));
      List<List<Integer>> columnLines = new ArrayList<>();
      for (List<Integer> line : run) {
        List<Integer> part = new ArrayList<>();
        for (int g : line) {
          float centre = boxes.get(g).x() + boxes.get(g).width() / 2;
          if (centre >= from && centre < to) {
            part.add(g);
          }
        }
        if (!part.isEmpty()) {
          columnLines.add(part);
        }
      }
      if (!isProse(columnLines)) {
        return List.of();
      }
      List<Integer> glyphs = new ArrayList<>();
      columnLines.forEach(glyphs::addAll);
      columns.add(glyphs);
    }
    return columns;
  }

  private static float middle(float[] gap) {
    return (gap[0] + gap[1]) / 2;
  }

  /** Enough lines, wide enough, most of them reaching the column's right edge. */
  private boolean isProse(List<List<Integer>> lines) {
    if (lines.size() < MIN_LINES - 1) {
      return false;
    }
    float left = Float.POSITIVE_INFINITY;
    float right = Float.NEGATIVE_INFINITY;
    for (List<Integer> line : lines) {
      float[] extent = extent(line);
      left = Math.min(left, extent[0]);
      right = Math.max(right, extent[1]);
    }
    float width = right - left;
    if (width < MIN_COLUMN_IN_GLYPHS * glyph) {
      return false;
    }
    int full = 0;
    for (List<Integer> line : lines) {
      full += extent(line)[1] - left >= FULL_LINE * width ? 1 : 0;
    }
    return full >= FULL_SHARE * lines.size();
  }

  private float[] extent(List<Integer> line) {
    float left = Float.POSITIVE_INFINITY;
    float right = Float.NEGATIVE_INFINITY;
    for (int g : line) {
      Box b = boxes.get(g);
      if (!b.blank()) {
        left = Math.min(left, b.x());
        right = Math.max(right, b.x() + b.width());
      }
    }
    return new float[] {left, right};
  }

  /** The x-ranges at least a gutter wide, strictly inside these lines, that no glyph touches. */
  private List<float[]> gaps(List<List<Integer>> lines) {
    List<float[]> spans = new ArrayList<>();
    for (List<Integer> line : lines) {
      for (int g : line) {
        Box b = boxes.get(g);
        if (!b.blank()) {
          spans.add(new float[] {b.x(), b.x() + b.width()});
        }
      }
    }
    spans.sort(Comparator.comparingDouble(s -> s[0]));
    List<float[]> gaps = new ArrayList<>();
    float reach = Float.NEGATIVE_INFINITY;
    for (float[] span : spans) {
      if (reach != Float.NEGATIVE_INFINITY && span[0] - reach >= gutter) {
        gaps.add(new float[] {reach, span[0]});
      }
      reach = Math.max(reach, span[1]);
    }
    return gaps;
  }

  /** Glyph indices grouped into lines by baseline, top to bottom, each in x order. */
  private List<List<Integer>> lines(List<Integer> all) {
    float tolerance = 0.5f * median(boxes, false);
    List<Integer> byY = new ArrayList<>(all);
    byY.sort(Comparator.comparingDouble((Integer i) -> boxes.get(i).y())
        .thenComparingDouble(i -> boxes.get(i).x()));
    List<List<Integer>> lines = new ArrayList<>();
    float lineY = Float.NaN;
    for (int g : byY) {
      if (lines.isEmpty() || boxes.get(g).y() - lineY > tolerance) {
        lines.add(new ArrayList<>());
        lineY = boxes.get(g).y();
      }
      lines.get(lines.size() - 1).add(g);
    }
    return lines;
  }

  private static float median(List<Box> boxes, boolean widths) {
    float[] values = new float[boxes.size()];
    int n = 0;
    for (Box b : boxes) {
      if (!b.blank()) {
        values[n++] = widths ? b.width() : b.height();
      }
    }
    if (n == 0) {
      return 0;
    }
    Arrays.sort(values, 0, n);
    return values[n / 2];
  }
}
