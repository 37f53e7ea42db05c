package dev.irc.py.semantics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Python's comparison operators ({@code == != < <= > >=}, {@code is}) on dynamically typed values.
 *
 * <p>Numbers of any mix compare by exact mathematical value, as CPython does: a huge int is
 * compared with a float exactly, never through a rounded conversion, so {@code 2**53 + 1 ==
 * 2.0**53} is False; NaN is unordered and unequal to everything. {@code ==} between unrelated
 * types is False; ordering them is CPython's TypeError.
 */
public final class Comparison {

  /** Marks "NaN involved": every ordering is false, {@code !=} is true. */
  private static final int UNORDERED = 2;
  private static final long EXACT_DOUBLE_LIMIT = 1L << 53;

  private Comparison() {}

  public static boolean eq(Object a, Object b) {
    if (PyType.isNumber(a) && PyType.isNumber(b)) {
      return compareNumbers(a, b) == 0;
    }
    if (a instanceof PyTuple s && b instanceof PyTuple t) {
      return s.size() == t.size() && firstDifference(s.items(), t.items()) == s.size();
    }
    return a.equals(b) && PyType.nameOf(a).equals(PyType.nameOf(b));
  }

  public static boolean ne(Object a, Object b) {
    return !eq(a, b);
  }

  public static boolean lt(Object a, Object b) {
    int c = order("<", a, b);
    return c == -1;
  }

  public static boolean le(Object a, Object b) {
    int c = order("<=", a, b);
    return c == -1 || c == 0;
  }

  public static boolean gt(Object a, Object b) {
    int c = order(">", a, b);
    return c == 1;
  }

  public static boolean ge(Object a, Object b) {
    int c = order(">=", a, b);
    return c == 1 || c == 0;
  }

  /**
   * {@code a is b}. None and bools are singletons in CPython, so they compare by value; for other
   * values identity is what the Java objects' identity is (CPython's answer for ints and floats
   * depends on caching and is not specified by the language).
   */
  public static boolean is(Object a, Object b) {
    if (a instanceof Boolean || b instanceof Boolean || a instanceof PyNone || b instanceof PyNone) {
      return a.equals(b);
    }
    return a == b;
  }

  /** -1, 0 or 1; for {@code op} (the symbol, for the TypeError); {@link #UNORDERED} for NaN. */
  private static int order(String op, Object a, Object b) {
    if (PyType.isNumber(a) && PyType.isNumber(b)) {
      return compareNumbers(a, b);
    }
    if (a instanceof String s && b instanceof String t) {
      return Integer.signum(compareCodePoints(s, t));
    }
    if (a instanceof PyTuple s && b instanceof PyTuple t) {
      int i = firstDifference(s.items(), t.items());
      if (i < Math.min(s.size(), t.size())) {
        return order(op, s.get(i), t.get(i));
      }
      return Integer.compare(s.size(), t.size());
    }
    throw PyException.type("'" + op + "' not supported between instances of '"
        + PyType.nameOf(a) + "' and '" + PyType.nameOf(b) + "'");
  }

  private static int firstDifference(List<Object> a, List<Object> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      if (!eq(a.get(i), b.get(i))) {
        return i;
      }
    }
    return n;
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /** Compares two numbers exactly: -1, 0, 1, or {@link #UNORDERED} when a NaN is involved. */
  static int compareNumbers(Object a, Object b) {
    if (a instanceof Double x) {
      if (b instanceof Double y) {
        return compareDoubles(x, y);
      }
      int c = compareIntWithDouble(b, x);
      return c == UNORDERED ? c : -c;
    }
    if (b instanceof Double y) {
      return compareIntWithDouble(a, y);
    }
    return Integer.signum(PyInt.compare(PyInt.of(a), PyInt.of(b)));
  }

  private static int compareDoubles(double x, double y) {
    if (x < y) {
      return -1;
    }
    if (x > y) {
      return 1;
    }
    return x == y ? 0 : UNORDERED;
  }

  private static int compareIntWithDouble(Object intValue, double d) {
    if (Double.isNaN(d)) {
      return UNORDERED;
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? -1 : 1;
    }
    Object n = PyInt.of(intValue);
    if (n instanceof Long l && Math.abs(l) <= EXACT_DOUBLE_LIMIT) {
      return compareDoubles(l, d);
    }
    BigInteger big = PyInt.big(n);
    return new BigDecimal(big).compareTo(new BigDecimal(d));
  }
}
