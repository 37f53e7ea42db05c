package dev.irc.py.semantics;

import java.math.BigInteger;
import java.util.List;

/**
 * Python's numeric builtins ({@code abs, min, max, int, float, bool, round, divmod, pow}) and
 * {@code print}'s formatting, on dynamically typed values.
 *
 * <p>One entry point per builtin, named after it, so the evaluator maps a call by name; each
 * delegates to the class that owns the rule ({@link Arithmetic}, {@link Rounding}, {@link
 * NumberParsing}, ...).
 */
public final class Builtins {

  private Builtins() {}

  public static Object abs(Object x) {
    return Arithmetic.abs(x);
  }

  /** {@code min(a, b, ...)}: the first minimal of two or more arguments. */
  public static Object min(List<?> args) {
    Object best = first(args, "min");
    for (int i = 1; i < args.size(); i++) {
      if (Comparison.lt(args.get(i), best)) {
        best = args.get(i);
      }
    }
    return best;
  }

  /** {@code max(a, b, ...)}: the first maximal of two or more arguments. */
  public static Object max(List<?> args) {
    Object best = first(args, "max");
    for (int i = 1; i < args.size(); i++) {
      if (Comparison.gt(args.get(i), best)) {
        best = args.get(i);
      }
    }
    return best;
  }

  private static Object first(List<?> args, String name) {
    if (args.isEmpty()) {
      throw PyException.type(name + " expected at least 1 argument, got 0");
    }
    if (args.size() == 1) { // one argument is an iterable; Tier 1 has none
      throw PyException.type("'" + PyType.nameOf(args.get(0)) + "' object is not iterable");
    }
    return args.get(0);
  }

  /** {@code int(x)}: an int from an int, bool, float or str (base 10). */
  public static Object intOf(Object x) {
    return switch (x) {
      case Boolean b -> PyInt.of(b);
      case Long l -> l;
      case BigInteger b -> b;
      case Double d -> FloatToInt.truncate(d);
      case String s -> NumberParsing.parseInt(s);
      default -> throw PyException.type("int() argument must be a string, a bytes-like object"
          + " or a real number, not '" + PyType.nameOf(x) + "'");
    };
  }

  /** {@code float(x)}: a float from an int, bool, float or str. */
  public static double floatOf(Object x) {
    return switch (x) {
      case Double d -> d;
      case String s -> NumberParsing.parseFloat(s);
      default -> {
        if (PyType.isInt(x)) {
          yield IntToFloat.toDouble(x);
        }
        throw PyException.type("float() argument must be a string or a real number, not '"
            + PyType.nameOf(x) + "'");
      }
    };
  }

  /** {@code bool(x)}. */
  public static boolean boolOf(Object x) {
    return Truth.isTrue(x);
  }

  public static Object round(Object x) {
    return Rounding.round(x);
  }

  public static Object round(Object x, Object ndigits) {
    return Rounding.round(x, ndigits);
  }

  public static PyTuple divmod(Object a, Object b) {
    return Arithmetic.divMod(a, b);
  }

  public static Object pow(Object base, Object exponent) {
    return Arithmetic.pow(base, exponent);
  }

  public static Object pow(Object base, Object exponent, Object modulus) {
    return Arithmetic.pow(base, exponent, modulus);
  }

  /** What {@code print(*args, sep=sep, end=end)} writes: each argument's str, joined. */
  public static String printText(List<?> args, String sep, String end) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(Repr.str(args.get(i)));
    }
    return sb.append(end).toString();
  }
}
