package dev.irc.py.semantics;

import java.math.BigInteger;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Python's {@code math} module on dynamically typed values, with CPython 3.11's error rules:
 * "math domain error" (ValueError) where C signals an invalid operation or a singularity, "math
 * range error" (OverflowError) where a finite argument overflows.
 *
 * <p>Transcendental functions call the platform C math library ({@link SystemLibm}), as CPython
 * does, so results agree with CPython to the last bit on the same machine (Java's fdlibm
 * differs from glibc in the last bit for some arguments, which changes printed digits). Ints of any size are accepted where CPython accepts them (an int
 * too large for a float raises OverflowError, except in the logarithms, which handle any size).
 */
public final class PyMath {

  public static final double PI = Math.PI;
  public static final double E = Math.E;
  public static final double TAU = 2 * Math.PI;
  public static final double INF = Double.POSITIVE_INFINITY;
  public static final double NAN = Double.NaN;

  private PyMath() {}

  public static double sqrt(Object x) {
    return math1(x, StrictMath::sqrt, false);
  }

  public static double sin(Object x) {
    return math1(x, SystemLibm::sin, false);
  }

  public static double cos(Object x) {
    return math1(x, SystemLibm::cos, false);
  }

  public static double tan(Object x) {
    return math1(x, SystemLibm::tan, false);
  }

  public static double asin(Object x) {
    return math1(x, SystemLibm::asin, false);
  }

  public static double acos(Object x) {
    return math1(x, SystemLibm::acos, false);
  }

  public static double atan(Object x) {
    return math1(x, SystemLibm::atan, false);
  }

  public static double sinh(Object x) {
    return math1(x, SystemLibm::sinh, true);
  }

  public static double cosh(Object x) {
    return math1(x, SystemLibm::cosh, true);
  }

  public static double tanh(Object x) {
    return math1(x, SystemLibm::tanh, false);
  }

  public static double exp(Object x) {
    return math1(x, SystemLibm::exp, true);
  }

  public static double expm1(Object x) {
    return math1(x, SystemLibm::expm1, true);
  }

  public static double log1p(Object x) {
    return math1(x, SystemLibm::log1p, false);
  }

  public static double asinh(Object x) {
    return math1(x, SystemLibm::asinh, false);
  }

  public static double acosh(Object x) {
    return math1(x, SystemLibm::acosh, false);
  }

  public static double atanh(Object x) {
    return math1(x, SystemLibm::atanh, false);
  }

  public static double cbrt(Object x) {
    return math1(x, SystemLibm::cbrt, false);
  }

  public static double exp2(Object x) {
    return math1(x, SystemLibm::exp2, true);
  }

  /** {@code math.erf(x)}: libm's erf, which never raises (CPython's math_1a sees no errno). */
  public static double erf(Object x) {
    return SystemLibm.erf(real(x));
  }

  /** {@code math.erfc(x)}: libm's erfc; its underflow to 0 is not an error. */
  public static double erfc(Object x) {
    return SystemLibm.erfc(real(x));
  }

  /** {@code math.gamma(x)}: CPython's own Lanczos approximation ({@link Gamma}). */
  public static double gamma(Object x) {
    return Gamma.gamma(real(x));
  }

  /** {@code math.lgamma(x)}: CPython's own Lanczos approximation ({@link Gamma}). */
  public static double lgamma(Object x) {
    return Gamma.lgamma(real(x));
  }

  /**
   * {@code math.ldexp(x, i)}: x * 2**i with one rounding (libm's ldexp); an exponent beyond C's
   * int overflows (or underflows to a signed zero) without calling it.
   */
  public static double ldexp(Object xValue, Object iValue) {
    double x = real(xValue);
    if (!PyType.isInt(iValue)) {
      throw PyException.type("Expected an int as second argument to ldexp.");
    }
    BigInteger exponent = PyInt.big(PyInt.of(iValue));
    if (x == 0.0 || !Double.isFinite(x)) {
      return x;
    }
    if (exponent.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
      throw rangeError();
    }
    if (exponent.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) {
      return Math.copySign(0.0, x);
    }
    double r = SystemLibm.ldexp(x, exponent.intValue());
    if (Double.isInfinite(r)) {
      throw rangeError();
    }
    return r;
  }

  /** {@code math.nextafter(x, y)}: libm's nextafter, never an error. */
  public static double nextafter(Object x, Object y) {
    return SystemLibm.nextafter(real(x), real(y));
  }

  /** {@code math.ulp(x)}: the gap from |x| to the next float away from zero (below, for the largest). */
  public static double ulp(Object xValue) {
    double x = real(xValue);
    if (Double.isNaN(x)) {
      return x;
    }
    x = Math.abs(x);
    if (Double.isInfinite(x)) {
      return x;
    }
    double next = SystemLibm.nextafter(x, Double.POSITIVE_INFINITY);
    if (Double.isInfinite(next)) {
      return x - SystemLibm.nextafter(x, Double.NEGATIVE_INFINITY);
    }
    return next - x;
  }

  /**
   * {@code math.remainder(x, y)}: IEEE 754's remainder, x - n*y for the integer n nearest x/y (even
   * on a tie), computed exactly as CPython does from fmod; checked by math_2's rules.
   */
  public static double remainder(Object xValue, Object yValue) {
    double x = real(xValue);
    double y = real(yValue);
    double r = ieeeRemainder(x, y);
    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
      throw domainError();
    }
    return r;
  }

  /** CPython's m_remainder on doubles. */
  static double ieeeRemainder(double x, double y) {
    if (Double.isFinite(x) && Double.isFinite(y)) {
      if (y == 0.0) {
        return Double.NaN;
      }
      double absx = Math.abs(x);
      double absy = Math.abs(y);
      double m = absx % absy;
      // Compare m with its complement to absy rather than with absy / 2, which may be inexact.
      double c = absy - m;
      double r;
      if (m < c) {
        r = m;
      } else if (m > c) {
        r = -c;
      } else {
        // A tie: m - 2 * fmod((absx - m) / 2, absy) is m for an even multiple, -m for an odd one.
        r = m - 2.0 * ((0.5 * (absx - m)) % absy);
      }
      return Math.copySign(1.0, x) * r;
    }
    if (Double.isNaN(x)) {
      return x;
    }
    if (Double.isNaN(y)) {
      return y;
    }
    if (Double.isInfinite(x)) {
      return Double.NaN;
    }
    return x;
  }

  public static double fabs(Object x) {
    return Math.abs(real(x));
  }

  /** {@code math.atan2(y, x)} with C99's special values, which CPython enforces itself. */
  public static double atan2(Object yValue, Object xValue) {
    double y = real(yValue);
    double x = real(xValue);
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.NaN;
    }
    if (Double.isInfinite(y)) {
      if (Double.isInfinite(x)) {
        return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.25 * PI : 0.75 * PI, y);
      }
      return Math.copySign(0.5 * PI, y);
    }
    if (Double.isInfinite(x) || y == 0.0) {
      return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.0 : PI, y);
    }
    return SystemLibm.atan2(y, x);
  }

  /** {@code math.log(x)}: natural logarithm; ints of any size are fine. */
  public static double log(Object x) {
    return logOf(x, SystemLibm::log);
  }

  /** {@code math.log(x, base)}. */
  public static double log(Object x, Object base) {
    double num = log(x);
    double den = log(base);
    return PyFloat.trueDiv(num, den);
  }

  public static double log2(Object x) {
    return logOf(x, SystemLibm::log2);
  }

  public static double log10(Object x) {
    return logOf(x, SystemLibm::log10);
  }

  private static double logOf(Object x, DoubleUnaryOperator f) {
    if (PyType.isInt(x)) {
      Object n = PyInt.of(x);
      if (PyInt.signum(n) <= 0) {
        throw domainError();
      }
      if (n instanceof BigInteger big && Double.isInfinite(big.doubleValue())) {
        double[] mantissa = new double[1];
        long exponent = IntToFloat.frexp(big, mantissa);
        return f.applyAsDouble(mantissa[0]) + f.applyAsDouble(2.0) * exponent;
      }
    }
    return math1(x, f, false);
  }

  /** {@code math.floor(x)}: an int. */
  public static Object floor(Object x) {
    if (PyType.isInt(x)) {
      return PyInt.of(x);
    }
    return FloatToInt.truncate(Math.floor(real(x)));
  }

  /** {@code math.ceil(x)}: an int. */
  public static Object ceil(Object x) {
    if (PyType.isInt(x)) {
      return PyInt.of(x);
    }
    return FloatToInt.truncate(Math.ceil(real(x)));
  }

  /** {@code math.trunc(x)}: an int. */
  public static Object trunc(Object x) {
    if (PyType.isInt(x)) {
      return PyInt.of(x);
    }
    if (!(x instanceof Double d)) {
      throw PyException.type("type " + PyType.nameOf(x) + " doesn't define __trunc__ method");
    }
    return FloatToInt.truncate(d);
  }

  /** {@code math.fmod(x, y)}: C's fmod; the result has the sign of x. */
  public static double fmod(Object xValue, Object yValue) {
    double x = real(xValue);
    double y = real(yValue);
    if (Double.isInfinite(y) && Double.isFinite(x)) {
      return x;
    }
    double r = x % y;
    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
      throw domainError();
    }
    return r;
  }

  public static double copysign(Object x, Object y) {
    return Math.copySign(real(x), real(y));
  }

  /** {@code math.hypot(*coordinates)}. */
  public static double hypot(List<?> coordinates) {
    double[] magnitudes = new double[coordinates.size()];
    double max = 0.0;
    boolean foundNan = false;
    for (int i = 0; i < magnitudes.length; i++) {
      double x = Math.abs(real(coordinates.get(i)));
      magnitudes[i] = x;
      foundNan |= Double.isNaN(x);
      if (x > max) {
        max = x;
      }
    }
    return VectorNorm.norm(magnitudes, max, foundNan);
  }

  public static double hypot(Object x, Object y) {
    return hypot(List.of(x, y));
  }

  /** {@code math.pow(x, y)}: always float; unlike {@code **}, errors are ValueError/OverflowError. */
  public static double pow(Object xValue, Object yValue) {
    double x = real(xValue);
    double y = real(yValue);
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isNaN(x)) {
        return y == 0.0 ? 1.0 : x;
      }
      if (Double.isNaN(y)) {
        return x == 1.0 ? 1.0 : y;
      }
      if (Double.isInfinite(x)) {
        boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
        if (y > 0.0) {
          return oddY ? x : Math.abs(x);
        }
        if (y == 0.0) {
          return 1.0;
        }
        return oddY ? Math.copySign(0.0, x) : 0.0;
      }
      if (Math.abs(x) == 1.0) {
        return 1.0;
      }
      if (y > 0.0 && Math.abs(x) > 1.0) {
        return y;
      }
      if (y < 0.0 && Math.abs(x) < 1.0) {
        return -y;
      }
      return 0.0;
    }
    double r = SystemLibm.pow(x, y);
    if (Double.isNaN(r)) {
      throw domainError();
    }
    if (Double.isInfinite(r)) {
      throw x == 0.0 ? domainError() : rangeError();
    }
    return r;
  }

  public static double degrees(Object x) {
    return real(x) * (180.0 / PI);
  }

  public static double radians(Object x) {
    return real(x) * (PI / 180.0);
  }

  public static boolean isnan(Object x) {
    return Double.isNaN(real(x));
  }

  public static boolean isinf(Object x) {
    return Double.isInfinite(real(x));
  }

  public static boolean isfinite(Object x) {
    return Double.isFinite(real(x));
  }

  /** {@code math.isclose(a, b)} with the default tolerances. */
  public static boolean isclose(Object a, Object b) {
    return isclose(a, b, 1e-9, 0.0);
  }

  /** {@code math.isclose(a, b, rel_tol=relTol, abs_tol=absTol)}. */
  public static boolean isclose(Object aValue, Object bValue, double relTol, double absTol) {
    double a = real(aValue);
    double b = real(bValue);
    if (relTol < 0.0 || absTol < 0.0) {
      throw PyException.value("tolerances must be non-negative");
    }
    if (a == b) {
      return true;
    }
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return false;
    }
    double diff = Math.abs(b - a);
    return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
  }

  /** {@code math.gcd(*ints)}: non-negative; {@code gcd()} is 0. */
  public static Object gcd(List<?> ints) {
    BigInteger g = BigInteger.ZERO;
    for (Object x : ints) {
      g = g.gcd(PyInt.big(index(x)));
    }
    return PyInt.normalize(g);
  }

  /** {@code math.lcm(*ints)}: non-negative; {@code lcm()} is 1. */
  public static Object lcm(List<?> ints) {
    BigInteger l = BigInteger.ONE;
    for (Object x : ints) {
      BigInteger v = PyInt.big(index(x));
      if (l.signum() == 0 || v.signum() == 0) {
        l = BigInteger.ZERO;
      } else {
        l = l.divide(l.gcd(v)).multiply(v).abs();
      }
    }
    return PyInt.normalize(l);
  }

  /**
   * {@code math.fsum(values)}: the correctly rounded sum, by Shewchuk's exact partial sums as
   * CPython's msum does (with its handling of infinities, NaNs and intermediate overflow).
   */
  public static double fsum(List<?> values) {
    double[] partials = new double[8];
    int n = 0;
    double specialSum = 0.0;
    double infSum = 0.0;
    for (Object item : values) {
      double x = real(item);
      double xsave = x;
      int i = 0;
      for (int j = 0; j < n; j++) {
        double y = partials[j];
        if (Math.abs(x) < Math.abs(y)) {
          double t = x;
          x = y;
          y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
          partials[i++] = lo;
        }
        x = hi;
      }
      n = i;
      if (x != 0.0) {
        if (!Double.isFinite(x)) {
          if (Double.isFinite(xsave)) {
            throw PyException.overflow("intermediate overflow in fsum");
          }
          if (Double.isInfinite(xsave)) {
            infSum += xsave;
          }
          specialSum += xsave;
          n = 0;
        } else {
          if (n == partials.length) {
            partials = java.util.Arrays.copyOf(partials, 2 * n);
          }
          partials[n++] = x;
        }
      }
    }
    if (specialSum != 0.0) {
      if (Double.isNaN(infSum)) {
        throw PyException.value("-inf + inf in fsum");
      }
      return specialSum;
    }
    double hi = 0.0;
    if (n > 0) {
      hi = partials[--n];
      double lo = 0.0;
      while (n > 0) {
        double x = hi;
        double y = partials[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) {
          break;
        }
      }
      // Round half to even across partials: a lower partial of the same sign as lo breaks the tie.
      if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        if (y == x - hi) {
          hi = x;
        }
      }
    }
    return hi;
  }

  /** {@code math.prod(values, start=1)}: the products left to right, as Python's {@code *}. */
  public static Object prod(List<?> values, Object start) {
    Object result = start;
    for (Object x : values) {
      result = Arithmetic.mul(result, x);
    }
    return result;
  }

  public static Object factorial(Object x) {
    Object n = index(x);
    if (PyInt.signum(n) < 0) {
      throw PyException.value("factorial() not defined for negative values");
    }
    if (!(n instanceof Long count)) {
      throw PyException.overflow(
          "factorial() argument should not exceed " + Long.MAX_VALUE);
    }
    return PyInt.normalize(product(1, count));
  }

  /** {@code math.isqrt(n)}: the floor of the exact square root. */
  public static Object isqrt(Object x) {
    Object n = index(x);
    if (PyInt.signum(n) < 0) {
      throw PyException.value("isqrt() argument must be nonnegative");
    }
    return PyInt.normalize(PyInt.big(n).sqrt());
  }

  /** {@code math.comb(n, k)}: 0 when {@code k > n}. */
  public static Object comb(Object nValue, Object kValue) {
    BigInteger n = nonNegative(nValue, "n");
    BigInteger k = nonNegative(kValue, "k");
    if (k.compareTo(n) > 0) {
      return 0L;
    }
    k = k.min(n.subtract(k));
    if (k.bitLength() > 63) {
      throw PyException.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
    }
    long steps = k.longValueExact();
    BigInteger result = BigInteger.ONE;
    for (long i = 1; i <= steps; i++) {
      result = result.multiply(n.subtract(BigInteger.valueOf(steps - i))).divide(BigInteger.valueOf(i));
    }
    return PyInt.normalize(result);
  }

  /** {@code math.perm(n)}: n!. */
  public static Object perm(Object n) {
    return perm(n, PyNone.NONE);
  }

  /** {@code math.perm(n, k)}: 0 when {@code k > n}; {@code k} None means n!. */
  public static Object perm(Object nValue, Object kValue) {
    if (kValue == PyNone.NONE) {
      return factorial(nValue);
    }
    BigInteger n = nonNegative(nValue, "n");
    BigInteger k = nonNegative(kValue, "k");
    if (k.compareTo(n) > 0) {
      return 0L;
    }
    if (k.bitLength() > 63) {
      throw PyException.overflow("k must not exceed " + Long.MAX_VALUE);
    }
    return PyInt.normalize(product(n.subtract(k).add(BigInteger.ONE), n));
  }

  private static BigInteger nonNegative(Object x, String name) {
    BigInteger v = PyInt.big(index(x));
    if (v.signum() < 0) {
      throw PyException.value(name + " must be a non-negative integer");
    }
    return v;
  }

  /** The product of {@code lo..hi}, split in halves so the big multiplications stay balanced. */
  private static BigInteger product(long lo, long hi) {
    return product(BigInteger.valueOf(lo), BigInteger.valueOf(hi));
  }

  private static BigInteger product(BigInteger lo, BigInteger hi) {
    int order = lo.compareTo(hi);
    if (order > 0) {
      return BigInteger.ONE;
    }
    if (hi.subtract(lo).compareTo(BigInteger.valueOf(16)) < 0) {
      BigInteger r = lo;
      for (BigInteger i = lo.add(BigInteger.ONE); i.compareTo(hi) <= 0; i = i.add(BigInteger.ONE)) {
        r = r.multiply(i);
      }
      return r;
    }
    BigInteger mid = lo.add(hi.subtract(lo).shiftRight(1));
    return product(lo, mid).multiply(product(mid.add(BigInteger.ONE), hi));
  }

  /** An int argument (CPython's {@code __index__}): floats are a TypeError. */
  private static Object index(Object x) {
    if (!PyType.isInt(x)) {
      throw PyException.type(
          "'" + PyType.nameOf(x) + "' object cannot be interpreted as an integer");
    }
    return PyInt.of(x);
  }

  /** A float argument: floats, ints (OverflowError when too large) and bools. */
  private static double real(Object x) {
    if (x instanceof Double d) {
      return d;
    }
    if (PyType.isInt(x)) {
      return IntToFloat.toDouble(x);
    }
    throw PyException.type("must be real number, not " + PyType.nameOf(x));
  }

  /** CPython's {@code math_1}: classifies a NaN or infinite result of a finite argument. */
  private static double math1(Object arg, DoubleUnaryOperator f, boolean canOverflow) {
    double x = real(arg);
    double r = f.applyAsDouble(x);
    if (Double.isNaN(r) && !Double.isNaN(x)) {
      throw domainError();
    }
    if (Double.isInfinite(r) && Double.isFinite(x)) {
      throw canOverflow ? rangeError() : domainError();
    }
    return r;
  }

  private static PyException domainError() {
    return PyException.value("math domain error");
  }

  private static PyException rangeError() {
    return PyException.overflow("math range error");
  }
}
