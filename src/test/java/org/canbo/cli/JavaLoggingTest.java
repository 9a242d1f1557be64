package org.canbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

class JavaLoggingTest {
  @Test
  void luceneNotesGoThroughLogbackWhichKeepsOnlyErrors() {
    JavaLogging.routeToSlf4j();
    LoggerFactory.getLogger(JavaLoggingTest.class); // logback configures itself (logback.xml)

    Logger root = LogManager.getLogManager().getLogger("");
    assertThat(root.getHandlers()).hasAtLeastOneElementOfType(SLF4JBridgeHandler.class);
    assertThat(Arrays.stream(root.getHandlers()).noneMatch(ConsoleHandler.class::isInstance))
        .as("JUL's own console handler would print Lucene's notes to stderr").isTrue();
    // The class that announces "Using MemorySegmentIndexInput" on JDK 21+.
    Logger lucene = Logger.getLogger("org.apache.lucene.store.MemorySegmentIndexInputProvider");
    assertThat(lucene.isLoggable(Level.INFO)).isFalse();
    assertThat(lucene.isLoggable(Level.WARNING)).isFalse();
    assertThat(lucene.isLoggable(Level.SEVERE)).isTrue();
  }
}
