package org.canbo.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Hands java.util.logging records (Lucene's) to SLF4J, so logback's levels and its stderr appender
 * apply to them as to everything else: without it, a JDK 21+ prints Lucene's notes on its
 * MemorySegment and Vector API choices on every command.
 */
final class JavaLogging {
  private JavaLogging() {}

  /** Replaces the JUL root logger's console handler with the SLF4J bridge; idempotent. */
  static void routeToSlf4j() {
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }
}
