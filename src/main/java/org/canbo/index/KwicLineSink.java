package org.canbo.index;

import java.io.IOException;

/** Receives concordance lines as they are cut; may fail with I/O errors of its own. */
@FunctionalInterface
public interface KwicLineSink {
  void accept(KwicLine line) throws IOException;
}
