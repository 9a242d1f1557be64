package org.canbo.model;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A comparison operator of the filters, one type wherever a filter compares: figure conditions of
 * search ({@code --figure rotation>=50}, {@code figure=}), the figure selection of datasets and
 * the row filter of exports ({@code --where value>=10}, {@code where=}). Declared longest symbol
 * first, so {@link #pattern} reads {@code >=} before {@code >}.
 */
public enum Comparison {
  GE(">="),
  LE("<="),
  NE("!="),
  EQ("="),
  GT(">"),
  LT("<"),
  /** Contains, for text (the row filter's {@code ~}); it has no order. */
  CONTAINS("~");

  /** The operators that order numbers, as figure conditions take them. */
  public static final Set<Comparison> ORDERING = EnumSet.of(GE, LE, EQ, GT, LT);

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** The operator written {@code symbol}; IllegalArgumentException naming the valid ones. */
  public static Comparison parse(String symbol) {
    for (Comparison c : values()) {
      if (c.symbol.equals(symbol)) {
        return c;
      }
    }
    throw new UserInputException("operator must be one of " + describe(EnumSet.allOf(
        Comparison.class)) + ", got " + symbol);
  }

  /** A regular expression alternative of {@code operators}, longest symbol first. */
  public static String pattern(Set<Comparison> operators) {
    return operators.stream().sorted().map(c -> java.util.regex.Pattern.quote(c.symbol))
        .collect(Collectors.joining("|"));
  }

  /** The symbols of {@code operators}, space separated, longest first. */
  public static String describe(Set<Comparison> operators) {
    return operators.stream().sorted().map(Comparison::symbol).collect(Collectors.joining(" "));
  }

  /**
   * Whether {@code cmp} (the sign of comparing the actual value with the wanted one, as
   * {@code compareTo} gives it) satisfies this operator; {@link #CONTAINS} has no order.
   */
  public boolean test(int cmp) {
    return switch (this) {
      case GE -> cmp >= 0;
      case LE -> cmp <= 0;
      case NE -> cmp != 0;
      case EQ -> cmp == 0;
      case GT -> cmp > 0;
      case LT -> cmp < 0;
      case CONTAINS -> throw new IllegalStateException("~ compares text, not an order");
    };
  }

  /** The lowest double satisfying {@code x op v} (inclusive), for a range query; an ordering op. */
  public double lowest(double v) {
    return switch (this) {
      case GT -> Math.nextUp(v);
      case GE, EQ -> v;
      case LT, LE -> Double.NEGATIVE_INFINITY;
      default -> throw new IllegalStateException(symbol + " is not a range");
    };
  }

  /** The highest double satisfying {@code x op v} (inclusive), for a range query. */
  public double highest(double v) {
    return switch (this) {
      case LT -> Math.nextDown(v);
      case LE, EQ -> v;
      case GT, GE -> Double.POSITIVE_INFINITY;
      default -> throw new IllegalStateException(symbol + " is not a range");
    };
  }
}
