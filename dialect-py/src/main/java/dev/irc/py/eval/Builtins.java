package dev.irc.py.eval;

import dev.irc.py.semantics.Arithmetic;
import dev.irc.py.semantics.Comparison;
import dev.irc.py.semantics.IntToFloat;
import dev.irc.py.semantics.PyException;
import dev.irc.py.semantics.PyInt;
import dev.irc.py.semantics.PyNone;
import dev.irc.py.semantics.PyType;
import dev.irc.py.semantics.Repr;
import dev.irc.py.semantics.Truth;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Python builtins irc supports ({@code print}, {@code abs}, {@code min}, {@code max},
 * {@code int}, {@code float}, {@code bool}, {@code round}, {@code divmod}, {@code pow},
 * {@code range}) with CPython 3.11's results and error messages; {@code print} writes to the
 * evaluator's output stream.
 */
final class Builtins {
  private static final Pattern FLOAT_TEXT = Pattern.compile(
      "[+-]?(\\d(_?\\d)*(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)([eE][+-]?\\d(_?\\d)*)?");
  private static final Pattern INT_TEXT = Pattern.compile("[+-]?\\d(_?\\d)*");

  private Builtins() {}

  /** The builtins by name, {@code print} bound to {@code out}. */
  static Map<String, BuiltinFunction> table(PrintStream out) {
    var table = new HashMap<String, BuiltinFunction>();
    table.put("print", (args, names, values) -> print(out, args, names, values));
    table.put("abs", (args, names, values) -> Arithmetic.abs(exactly("abs", 1, args).get(0)));
    table.put("min", (args, names, values) -> extreme("min", args, true));
    table.put("max", (args, names, values) -> extreme("max", args, false));
    table.put("int", (args, names, values) -> args.isEmpty() ? 0L : toInt(atMost("int", 1, args).get(0)));
    table.put("float", (args, names, values) -> args.isEmpty() ? 0.0 : toFloat(atMost("float", 1, args).get(0)));
    table.put("bool", (args, names, values) -> !args.isEmpty() && Truth.isTrue(atMost("bool", 1, args).get(0)));
    table.put("round", Builtins::round);
    table.put("divmod", (args, names, values) -> {
      List<Object> ab = exactly("divmod", 2, args);
      return Arithmetic.divMod(ab.get(0), ab.get(1));
    });
    table.put("pow", (args, names, values) -> {
      if (args.size() < 2 || args.size() > 3) {
        throw PyException.type("pow expected at least 2 arguments, got " + args.size());
      }
      return args.size() == 2 ? Arithmetic.pow(args.get(0), args.get(1)) : Arithmetic.pow(args.get(0), args.get(1), args.get(2));
    });
    table.put("range", (args, names, values) -> range(args));
    MathFunctions.register(table);
    return table;
  }

  private static Object print(PrintStream out, List<Object> args, List<String> names, List<Object> values) {
    String sep = " ";
    String end = "\n";
    for (int i = 0; i < names.size(); i++) {
      Object value = values.get(i);
      if (value != PyNone.NONE && !(value instanceof String)) {
        throw PyException.type(names.get(i) + " must be None or a string, not " + PyType.nameOf(value));
      }
      if (value instanceof String text) {
        if (names.get(i).equals("sep")) {
          sep = text;
        } else {
          end = text;
        }
      }
    }
    var line = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        line.append(sep);
      }
      line.append(str(args.get(i)));
    }
    out.print(line.append(end));
    return PyNone.NONE;
  }

  static String str(Object value) {
    return value instanceof RangeValue range ? range.toString() : Repr.str(value);
  }

  static List<Object> exactly(String name, int count, List<Object> args) {
    if (args.size() != count) {
      if (count == 1) {
        throw PyException.type(name + "() takes exactly one argument (" + args.size() + " given)");
      }
      throw PyException.type(name + " expected " + count + " arguments, got " + args.size());
    }
    return args;
  }

  private static List<Object> atMost(String name, int count, List<Object> args) {
    if (args.size() > count) {
      throw PyException.type(name + "() takes at most " + count + " argument" + (count == 1 ? "" : "s")
          + " (" + args.size() + " given)");
    }
    return args;
  }

  private static Object extreme(String name, List<Object> args, boolean minimum) {
    if (args.isEmpty()) {
      throw PyException.type(name + " expected at least 1 argument, got 0");
    }
    PyIterator items = args.size() == 1 ? PyIterator.of(args.get(0)) : new PyIterator.OverList(args);
    Object best = items.next();
    if (best == null) {
      throw PyException.value(name + "() arg is an empty sequence");
    }
    for (Object item = items.next(); item != null; item = items.next()) {
      if (minimum ? Comparison.lt(item, best) : Comparison.gt(item, best)) {
        best = item;
      }
    }
    return best;
  }

  /** {@code int(x)} for a number or a decimal string. */
  static Object toInt(Object value) {
    return switch (value) {
      case Boolean b -> PyInt.of(b);
      case Long l -> l;
      case BigInteger b -> PyInt.normalize(b);
      case Double d -> floatToInt(d);
      case String s -> {
        String text = s.strip();
        if (!INT_TEXT.matcher(text).matches()) {
          throw PyException.value("invalid literal for int() with base 10: " + Repr.repr(s));
        }
        yield PyInt.normalize(new BigInteger(text.replace("_", "")));
      }
      default -> throw PyException.type("int() argument must be a string, a bytes-like object or a real number, not '"
          + PyType.nameOf(value) + "'");
    };
  }

  /** The int a float truncates to, with CPython's errors for NaN and infinities. */
  static Object floatToInt(double d) {
    if (Double.isNaN(d)) {
      throw PyException.value("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw PyException.overflow("cannot convert float infinity to integer");
    }
    if (Math.abs(d) < 9.0e18) {
      return (long) d;
    }
    return PyInt.normalize(new BigDecimal(d).toBigInteger());
  }

  /** {@code float(x)} for a number or a string. */
  static double toFloat(Object value) {
    return switch (value) {
      case Double d -> d;
      case Boolean b -> b ? 1.0 : 0.0;
      case Long l -> IntToFloat.toDouble(l);
      case BigInteger b -> IntToFloat.toDouble(b);
      case String s -> parseFloat(s);
      default -> throw PyException.type("float() argument must be a string or a real number, not '"
          + PyType.nameOf(value) + "'");
    };
  }

  private static double parseFloat(String s) {
    String text = s.strip();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    boolean negative = lower.startsWith("-");
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (unsigned.equals("nan")) {
      return Double.NaN;
    }
    if (!FLOAT_TEXT.matcher(text).matches()) {
      throw PyException.value("could not convert string to float: " + Repr.repr(s));
    }
    return Double.parseDouble(text.replace("_", ""));
  }

  private static Object round(List<Object> args, List<String> names, List<Object> values) {
    Object ndigits = PyNone.NONE;
    if (args.size() == 2) {
      ndigits = args.get(1);
    } else if (!values.isEmpty()) {
      ndigits = values.get(0);
    } else if (args.size() != 1) {
      throw PyException.type("round() missing required argument 'number' (pos 1)");
    }
    Object number = args.get(0);
    if (ndigits == PyNone.NONE) {
      return switch (number) {
        case Double d -> floatToInt(Math.rint(d));
        default -> {
          if (!PyType.isInt(number)) {
            throw PyException.type("type " + PyType.nameOf(number) + " doesn't define __round__ method");
          }
          yield PyInt.of(number);
        }
      };
    }
    if (!PyType.isInt(ndigits)) {
      throw PyException.type("'" + PyType.nameOf(ndigits) + "' object cannot be interpreted as an integer");
    }
    long digits = PyInt.of(ndigits) instanceof Long l ? l : (PyInt.signum(ndigits) > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE);
    return switch (number) {
      case Double d -> roundFloat(d, digits);
      default -> {
        if (!PyType.isInt(number)) {
          throw PyException.type("type " + PyType.nameOf(number) + " doesn't define __round__ method");
        }
        if (digits >= 0) {
          yield PyInt.of(number);
        }
        if (digits < -100_000) {
          yield 0L;
        }
        BigDecimal rounded = new BigDecimal(PyInt.big(PyInt.of(number))).setScale((int) digits, RoundingMode.HALF_EVEN);
        yield PyInt.normalize(rounded.toBigInteger());
      }
    };
  }

  private static double roundFloat(double d, long digits) {
    if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0) {
      return d;
    }
    if (digits > 323) {
      return d;
    }
    if (digits < -308) {
      return 0.0 * d;
    }
    double rounded = new BigDecimal(d).setScale((int) digits, RoundingMode.HALF_EVEN).doubleValue();
    if (Double.isInfinite(rounded)) {
      throw PyException.overflow("rounded value too large to represent");
    }
    return rounded == 0.0 ? Math.copySign(0.0, d) : rounded;
  }

  private static Object range(List<Object> args) {
    if (args.isEmpty() || args.size() > 3) {
      throw PyException.type("range expected at least 1 argument, got " + args.size());
    }
    long[] bounds = new long[args.size()];
    for (int i = 0; i < bounds.length; i++) {
      Object value = args.get(i);
      if (!PyType.isInt(value)) {
        throw PyException.type("'" + PyType.nameOf(value) + "' object cannot be interpreted as an integer");
      }
      if (!(PyInt.of(value) instanceof Long l)) {
        throw PyException.overflow("Python int too large to convert to C ssize_t");
      }
      bounds[i] = l;
    }
    return switch (bounds.length) {
      case 1 -> new RangeValue(0, bounds[0], 1);
      case 2 -> new RangeValue(bounds[0], bounds[1], 1);
      default -> {
        if (bounds[2] == 0) {
          throw PyException.value("range() arg 3 must not be zero");
        }
        yield new RangeValue(bounds[0], bounds[1], bounds[2]);
      }
    };
  }
}
