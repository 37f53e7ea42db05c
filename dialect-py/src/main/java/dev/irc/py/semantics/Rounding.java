package dev.irc.py.semantics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code round(x)} and {@code round(x, n)} as CPython 3.11 computes them.
 *
 * <p>Ties go to even. A float is rounded from its exact binary value, so {@code round(2.675, 2)}
 * is {@code 2.67} (2.675 is really 2.67499999...). One argument gives an int, two arguments give
 * the operand's type. This mirrors CPython's {@code double_round} (correctly rounded decimal
 * conversion and back) and {@code long_round} (half-even division by a power of ten).
 */
public final class Rounding {

  /** Beyond this many digits after the point every double is already exact (CPython's bound). */
  private static final int NDIGITS_MAX = (int) ((53 + 1021) * 0.30103);
  /** Below this many (negative) digits every double rounds to zero (CPython's bound). */
  private static final int NDIGITS_MIN = -(int) ((1024 + 1) * 0.30103);

  private Rounding() {}

  /** {@code round(x)}: the nearest int, ties to even. */
  public static Object round(Object x) {
    if (PyType.isInt(x)) {
      return PyInt.of(x);
    }
    if (x instanceof Double d) {
      return FloatToInt.truncate(Math.rint(d));
    }
    throw PyException.type("type " + PyType.nameOf(x) + " doesn't define __round__ method");
  }

  /** {@code round(x, ndigits)}; {@code ndigits} None means {@code round(x)}. */
  public static Object round(Object x, Object ndigits) {
    if (ndigits == PyNone.NONE) {
      return round(x);
    }
    if (!PyType.isNumber(x)) {
      throw PyException.type("type " + PyType.nameOf(x) + " doesn't define __round__ method");
    }
    if (!PyType.isInt(ndigits)) {
      throw PyException.type(
          "'" + PyType.nameOf(ndigits) + "' object cannot be interpreted as an integer");
    }
    Object n = PyInt.of(ndigits);
    if (PyType.isInt(x)) {
      return roundInt(PyInt.of(x), n);
    }
    double d = (Double) x;
    if (!Double.isFinite(d)) {
      return d;
    }
    if (PyInt.compare(n, (long) NDIGITS_MAX) > 0) {
      return d;
    }
    if (PyInt.compare(n, (long) NDIGITS_MIN) < 0) {
      return 0.0 * d;
    }
    return roundDouble(d, (int) (long) (Long) n);
  }

  private static double roundDouble(double x, int ndigits) {
    BigDecimal rounded = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN);
    double result = Double.parseDouble(rounded.toString());
    if (Double.isInfinite(result)) {
      throw PyException.overflow("rounded value too large to represent");
    }
    return result == 0.0 ? Math.copySign(0.0, x) : result;
  }

  private static Object roundInt(Object x, Object ndigits) {
    if (PyInt.signum(ndigits) >= 0) {
      return x;
    }
    BigInteger value = PyInt.big(x);
    BigInteger places = PyInt.big(ndigits).negate();
    // |x| < 10^digits; when 10^places > 2|x| the result is 0 (and 10^places is not computable
    // for absurd places: CPython would not finish either).
    long digits = (long) (value.bitLength() * 0.30103) + 2;
    if (places.compareTo(BigInteger.valueOf(digits)) > 0) {
      return 0L;
    }
    BigInteger scale = BigInteger.TEN.pow(places.intValueExact());
    BigInteger[] qr = value.divideAndRemainder(scale);
    BigInteger q = qr[0];
    BigInteger r = qr[1];
    if (r.signum() < 0) { // floor division: 0 <= r < scale
      q = q.subtract(BigInteger.ONE);
      r = r.add(scale);
    }
    int c = r.shiftLeft(1).compareTo(scale);
    if (c > 0 || (c == 0 && q.testBit(0))) {
      q = q.add(BigInteger.ONE);
    }
    return PyInt.normalize(q.multiply(scale));
  }
}
