package dev.irc.py.semantics;

import java.math.BigInteger;

/**
 * Python source text for a test value, independent of the repr code under test (floats are
 * written with Java's own formatting, special floats as {@code float('nan')}).
 */
final class PyLiteral {

  private PyLiteral() {}

  static String source(Object value) {
    return switch (value) {
      case Boolean b -> b ? "True" : "False";
      case Long l -> Long.toString(l);
      case BigInteger b -> b.toString();
      case PyNone n -> "None";
      case String s -> "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
      case Double d when Double.isNaN(d) -> "float('nan')";
      case Double d when Double.isInfinite(d) -> d > 0 ? "float('inf')" : "-float('inf')";
      case Double d -> Double.toString(d);
      default -> throw new IllegalArgumentException(value.getClass().toString());
    };
  }
}
