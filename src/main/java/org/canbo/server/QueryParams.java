package org.canbo.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decoded parameters of a query string ({@code a=1&a=2&b=x}), multi-valued, in order; numbers
 * are checked against their bounds so every malformed parameter is a 400 naming it.
 */
final class QueryParams {
  /** Longer query strings are refused before decoding: no request needs more. */
  static final int MAX_RAW_LENGTH = 8192;

  private final Map<String, List<String>> values;

  private QueryParams(Map<String, List<String>> values) {
    this.values = values;
  }

  /** Parses a raw (still percent-encoded) query string; null means no parameters. */
  static QueryParams parse(String raw) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return new QueryParams(values);
    }
    if (raw.length() > MAX_RAW_LENGTH) {
      throw HttpError.badRequest("the request's parameters are longer than " + MAX_RAW_LENGTH
          + " characters");
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return new QueryParams(values);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("malformed percent-encoding in the request parameters");
    }
  }

  /** Every parameter name, in order of first appearance. */
  Set<String> names() {
    return values.keySet();
  }

  /** The first non-blank value, stripped, or null. */
  String get(String name) {
    for (String v : values.getOrDefault(name, List.of())) {
      if (!v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** Every non-blank value, stripped. */
  List<String> all(String name) {
    return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank())
        .map(String::strip).toList();
  }

  /** The value as an integer in {@code min..max}, {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) {
    String v = get(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("parameter '" + name + "' must be a whole number, got '"
          + abbreviate(v) + "'");
    }
    if (n < min || n > max) {
      throw HttpError.badRequest("parameter '" + name + "' must be in " + min + ".." + max
          + ", got " + n);
    }
    return n;
  }

  /** A value cut to 50 characters, for error messages. */
  static String abbreviate(String v) {
    return v.length() <= 50 ? v : v.substring(0, 50) + "…";
  }
}
