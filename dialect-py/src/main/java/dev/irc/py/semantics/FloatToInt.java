package dev.irc.py.semantics;

import java.math.BigDecimal;

/**
 * {@code int(x)} for a float: truncation toward zero, exact for floats of any size (a big one
 * becomes a BigInteger); NaN and infinities raise CPython's ValueError and OverflowError.
 */
public final class FloatToInt {

  private static final double TWO_63 = 0x1p63;

  private FloatToInt() {}

  public static Object truncate(double x) {
    if (Double.isNaN(x)) {
      throw PyException.value("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(x)) {
      throw PyException.overflow("cannot convert float infinity to integer");
    }
    if (x > -TWO_63 && x < TWO_63) {
      return (long) x;
    }
    if (x == -TWO_63) {
      return Long.MIN_VALUE;
    }
    return PyInt.normalize(new BigDecimal(x).toBigInteger());
  }
}
