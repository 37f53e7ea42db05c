package dev.irc.py.semantics;

import java.math.BigInteger;

/**
 * Python truthiness: what {@code bool(x)}, {@code if x:}, {@code and}/{@code or}/{@code not}
 * decide for a value.
 *
 * <p>None, False, zero (including {@code -0.0}) and empty strings and tuples are false; everything
 * else, NaN included, is true.
 */
public final class Truth {

  private Truth() {}

  public static boolean isTrue(Object value) {
    return switch (value) {
      case Boolean b -> b;
      case Long l -> l != 0;
      case BigInteger b -> b.signum() != 0;
      case Double d -> d != 0.0;
      case PyNone n -> false;
      case String s -> !s.isEmpty();
      case PyTuple t -> t.size() != 0;
      default -> true;
    };
  }
}
