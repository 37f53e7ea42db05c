package dev.irc.py.semantics;

import java.math.BigInteger;

/**
 * Exact conversions from int to float: {@code float(n)}, the true division {@code a / b} of two
 * ints, and the mantissa/exponent split that {@code math.log} uses for ints too big for a float.
 *
 * <p>All results are correctly rounded (round half to even) from the exact value, as CPython
 * computes them, so {@code (10**400) / (10**399)} is exactly {@code 10.0}; results beyond the
 * float range raise CPython's OverflowError.
 */
public final class IntToFloat {

  private static final int MANTISSA_BITS = 53;
  private static final int MIN_EXPONENT = -1074;

  private IntToFloat() {}

  /** {@code float(n)} for an int or bool; OverflowError when it exceeds the float range. */
  public static double toDouble(Object n) {
    if (n instanceof Long l) {
      return l;
    }
    if (n instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    double d = PyInt.big(n).doubleValue();
    if (Double.isInfinite(d)) {
      throw PyException.overflow("int too large to convert to float");
    }
    return d;
  }

  /** {@code a / b} for ints with {@code b != 0}, correctly rounded. */
  static double divide(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y
        && Math.abs(x) <= (1L << MANTISSA_BITS) && Math.abs(y) <= (1L << MANTISSA_BITS)) {
      return (double) x / (double) y; // both exact, one IEEE rounding
    }
    BigInteger num = PyInt.big(a);
    BigInteger den = PyInt.big(b);
    // CPython: the sign is the exclusive or of the operands' signs, so 0 / -5 is -0.0.
    boolean negative = (num.signum() < 0) != (den.signum() < 0);
    num = num.abs();
    den = den.abs();
    if (num.signum() == 0) {
      return negative ? -0.0 : 0.0;
    }
    double magnitude = nearest(num, den);
    if (Double.isInfinite(magnitude)) {
      throw PyException.overflow("integer division result too large for a float");
    }
    return negative ? -magnitude : magnitude;
  }

  /**
   * The double nearest to {@code num / den} (both positive), ties to even; infinity when it
   * rounds beyond the largest double.
   */
  static double nearest(BigInteger num, BigInteger den) {
    // Scale so that the integer quotient q has at least 55 bits: num/den = (q + frac) * 2^shift.
    int shift = num.bitLength() - den.bitLength() - (MANTISSA_BITS + 2);
    BigInteger[] qr =
        shift >= 0 ? num.divideAndRemainder(den.shiftLeft(shift))
            : num.shiftLeft(-shift).divideAndRemainder(den);
    BigInteger q = qr[0];
    boolean sticky = qr[1].signum() != 0;
    int length = q.bitLength();
    // Keep 53 bits, or fewer when the result is subnormal (lowest bit 2^-1074).
    int drop = Math.max(length - MANTISSA_BITS, MIN_EXPONENT - shift);
    if (drop <= 0) {
      return Math.scalb(q.doubleValue(), shift); // exact (only when sticky bits are absent)
    }
    BigInteger kept = q.shiftRight(drop);
    int halfBit = drop - 1;
    boolean half = q.testBit(halfBit);
    boolean belowHalf = sticky || q.getLowestSetBit() < halfBit;
    if (half && (belowHalf || kept.testBit(0))) {
      kept = kept.add(BigInteger.ONE);
    }
    long exponent = (long) shift + drop;
    if (kept.bitLength() + exponent > 1024) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.scalb(kept.doubleValue(), (int) exponent);
  }

  /**
   * {@code n = m * 2**e} with {@code 0.5 <= m < 1} and m rounded to 53 bits (ties to even), for a
   * positive int of any size; the exponent is returned, the mantissa stored in {@code mantissa[0]}.
   */
  static long frexp(BigInteger n, double[] mantissa) {
    int length = n.bitLength();
    if (length <= MANTISSA_BITS) {
      mantissa[0] = Math.scalb(n.doubleValue(), -length);
      return length;
    }
    double m = nearest(n, BigInteger.ONE.shiftLeft(length));
    long e = length;
    if (m == 1.0) {
      m = 0.5;
      e++;
    }
    mantissa[0] = m;
    return e;
  }
}
