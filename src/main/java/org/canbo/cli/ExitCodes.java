package org.canbo.cli;

/** Process exit codes, documented in the README. */
public final class ExitCodes {
  /** Everything worked. */
  public static final int OK = 0;
  /** Nothing usable: usage error, no input, fatal error. */
  public static final int FATAL = 1;
  /** The batch finished but some files failed (each reported on stderr). */
  public static final int PARTIAL = 2;

  private ExitCodes() {}
}
