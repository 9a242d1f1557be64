package org.canbo.index.analysis;

import java.util.Map;

/** What canbo's analysis factories share: none of them takes parameters. */
final class Factories {
  private Factories() {}

  static void requireNoArgs(String name, Map<String, String> args) {
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters for " + name + ": " + args);
    }
  }
}
