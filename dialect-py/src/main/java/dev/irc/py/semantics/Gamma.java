package dev.irc.py.semantics;

/**
 * {@code math.gamma} and {@code math.lgamma} as CPython 3.11 computes them: not with the C
 * library's {@code tgamma}/{@code lgamma} but with its own Lanczos approximation (N = 13,
 * g = 6.024680040776729583740234375, the sum as a rational function), the reflection formula
 * for negative arguments and a table of exact factorials for small positive integers.
 *
 * <p>It exists because glibc's functions give different last bits; the same algorithm on the same
 * libm ({@link SystemLibm} for {@code sin}, {@code cos}, {@code exp}, {@code pow}, {@code log})
 * gives CPython's bits. Errors follow CPython's {@code math_1a}: an invalid argument or a pole is
 * ValueError "math domain error", an infinite result from a finite argument OverflowError "math
 * range error". The native runtime ({@code runtime.mlir}) implements the same steps.
 */
public final class Gamma {
  static final double PI = 3.141592653589793;
  static final double LOG_PI = 1.1447298858494002;
  static final double LANCZOS_G = 6.024680040776729583740234375;
  static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;

  /** The numerator coefficients of the Lanczos sum as a rational function, constant term first. */
  static final double[] LANCZOS_NUMERATOR = {
      23531376880.410759688572007674451636754734846804940,
      42919803642.649098768957899047001988850926355848959,
      35711959237.355668049440185451547166705960488635843,
      17921034426.037209699919755754458931112671403265390,
      6039542586.3520280050642916443072979210699388420708,
      1439720407.3117216736632230727949123939715485786772,
      248874557.86205415651146038641322942321632125127801,
      31426415.585400194380614231628318205362874684987640,
      2876370.6289353724412254090516208496135991145378768,
      186056.26539522349504029498971604569928220784236328,
      8071.6720023658162106380029022722506138218516325024,
      210.82427775157934587250973392071336271166969580291,
      2.5066282746310002701649081771338373386264310793408};

  /** The denominator: the coefficients of x(x+1)...(x+11), constant term first. */
  static final double[] LANCZOS_DENOMINATOR = {
      0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
      357423.0, 32670.0, 1925.0, 66.0, 1.0};

  /** Gamma of 1..23 is (n-1)!, exact in a double; computed exactly, so no table is needed. */
  static final int EXACT_INTEGERS = 23;

  private Gamma() {}

  /** {@code math.gamma(x)}. */
  public static double gamma(double x) {
    if (!Double.isFinite(x)) {
      if (Double.isNaN(x) || x > 0.0) {
        return x;
      }
      throw domainError();
    }
    if (x == 0.0) {
      throw domainError();
    }
    if (x == Math.floor(x)) {
      if (x < 0.0) {
        throw domainError();
      }
      if (x <= EXACT_INTEGERS) {
        double factorial = 1.0;
        for (int i = 2; i < (int) x; i++) {
          factorial *= i;
        }
        return factorial;
      }
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      double r = 1.0 / x;
      if (Double.isInfinite(r)) {
        throw rangeError();
      }
      return r;
    }
    if (absx > 200.0) {
      if (x < 0.0) {
        return 0.0 / sinpi(x);
      }
      throw rangeError();
    }
    double y = absx + LANCZOS_G_MINUS_HALF;
    double z;
    if (absx > LANCZOS_G_MINUS_HALF) {
      double q = y - absx;
      z = q - LANCZOS_G_MINUS_HALF;
    } else {
      double q = y - LANCZOS_G_MINUS_HALF;
      z = q - absx;
    }
    z = z * LANCZOS_G / y;
    double r;
    if (x < 0.0) {
      r = -PI / sinpi(absx) / absx * SystemLibm.exp(y) / lanczosSum(absx);
      r -= z * r;
      if (absx < 140.0) {
        r /= SystemLibm.pow(y, absx - 0.5);
      } else {
        double sqrtpow = SystemLibm.pow(y, absx / 2.0 - 0.25);
        r /= sqrtpow;
        r /= sqrtpow;
      }
    } else {
      r = lanczosSum(absx) / SystemLibm.exp(y);
      r += z * r;
      if (absx < 140.0) {
        r *= SystemLibm.pow(y, absx - 0.5);
      } else {
        double sqrtpow = SystemLibm.pow(y, absx / 2.0 - 0.25);
        r *= sqrtpow;
        r *= sqrtpow;
      }
    }
    if (Double.isInfinite(r)) {
      throw rangeError();
    }
    return r;
  }

  /** {@code math.lgamma(x)}: the natural logarithm of |gamma(x)|. */
  public static double lgamma(double x) {
    if (!Double.isFinite(x)) {
      return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
    }
    if (x == Math.floor(x) && x <= 2.0) {
      if (x <= 0.0) {
        throw domainError();
      }
      return 0.0;
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      return -SystemLibm.log(absx);
    }
    double r = SystemLibm.log(lanczosSum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (SystemLibm.log(absx + LANCZOS_G - 0.5) - 1);
    if (x < 0.0) {
      r = LOG_PI - SystemLibm.log(Math.abs(sinpi(absx))) - SystemLibm.log(absx) - r;
    }
    if (Double.isInfinite(r)) {
      throw rangeError();
    }
    return r;
  }

  /**
   * The Lanczos sum for {@code x > 0}: Horner's rule in x below 5, and in 1/x from 5 on (the
   * rational function rescaled so that it cannot overflow).
   */
  static double lanczosSum(double x) {
    double num = 0.0;
    double den = 0.0;
    if (x < 5.0) {
      for (int i = LANCZOS_NUMERATOR.length - 1; i >= 0; i--) {
        num = num * x + LANCZOS_NUMERATOR[i];
        den = den * x + LANCZOS_DENOMINATOR[i];
      }
    } else {
      for (int i = 0; i < LANCZOS_NUMERATOR.length; i++) {
        num = num / x + LANCZOS_NUMERATOR[i];
        den = den / x + LANCZOS_DENOMINATOR[i];
      }
    }
    return num / den;
  }

  /** sin(pi * x) for finite x, exact at integers and half-integers (CPython's m_sinpi). */
  static double sinpi(double x) {
    double y = Math.abs(x) % 2.0;
    long n = Math.round(2.0 * y);
    double r = switch ((int) n) {
      case 0 -> SystemLibm.sin(PI * y);
      case 1 -> SystemLibm.cos(PI * (y - 0.5));
      case 2 -> SystemLibm.sin(PI * (1.0 - y));
      case 3 -> -SystemLibm.cos(PI * (y - 1.5));
      default -> SystemLibm.sin(PI * (y - 2.0));
    };
    return Math.copySign(1.0, x) * r;
  }

  private static PyException domainError() {
    return PyException.value("math domain error");
  }

  private static PyException rangeError() {
    return PyException.overflow("math range error");
  }
}
