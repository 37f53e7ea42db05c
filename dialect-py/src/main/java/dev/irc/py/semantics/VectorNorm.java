package dev.irc.py.semantics;

/**
 * The Euclidean norm behind {@code math.hypot}, computed as CPython 3.11's {@code vector_norm}
 * does (not as C's {@code hypot}): the coordinates scaled by a power of two so the largest is in
 * [0.5, 1), each square split exactly by Veltkamp-Dekker splitting into three parts summed with
 * Neumaier-style corrections, then one differential correction of the square root. When the
 * largest coordinate is below 2**-1024 (the scale would overflow), the coordinates are divided
 * by it instead and only the plain squares are summed.
 *
 * <p>It exists because CPython's result is nearly always correctly rounded and differs from
 * {@link Math#hypot} in the last bit for some inputs. The steps are public pieces ({@link #scale},
 * {@link #add}, {@link #finish}) because compiled code calls the same steps in the native runtime
 * ({@code @irc_norm_scale}, {@code @irc_norm_add}, {@code @irc_norm_finish}), and the Java runtime
 * of the IR interpreter calls these.
 */
public final class VectorNorm {
  /** 2**27 + 1, Veltkamp's splitting constant for doubles. */
  private static final double T27 = 134217729.0;

  private VectorNorm() {}

  /** The running sum of squares: the sum (which starts at 1) and three correction terms. */
  public record Sum(double csum, double frac1, double frac2, double frac3) {
    /** The empty sum. */
    public static final Sum START = new Sum(1.0, 0.0, 0.0, 0.0);
  }

  /**
   * The scale for the largest magnitude {@code max}: 2**-e where max = m * 2**e with
   * 0.5 <= m < 1, or NaN when e < -1023 (then the coordinates are divided by max). 1 when max is
   * zero, infinite or NaN (the result is then decided without the sum).
   */
  public static double scale(double max) {
    if (!(max > 0.0) || Double.isInfinite(max)) {
      return 1.0;
    }
    int exponent = max < Double.MIN_NORMAL ? Math.getExponent(max * 0x1p54) - 54 + 1 : Math.getExponent(max) + 1;
    return exponent < -1023 ? Double.NaN : Math.scalb(1.0, -exponent);
  }

  /** Adds the square of magnitude {@code x} to {@code sum}, with {@code scale} from {@link #scale}. */
  public static Sum add(Sum sum, double x, double scale, double max) {
    double csum = sum.csum();
    if (Double.isNaN(scale)) {
      double q = x / max;
      double square = q * q;
      double next = csum + square;
      return new Sum(next, sum.frac1() + ((csum - next) + square), sum.frac2(), sum.frac3());
    }
    double scaled = x * scale;
    double t = scaled * T27;
    double hi = t - (t - scaled);
    double lo = scaled - hi;
    double square = hi * hi;
    double first = csum + square;
    double frac1 = sum.frac1() + ((csum - first) + square);
    double cross = 2.0 * hi * lo;
    double second = first + cross;
    double frac2 = sum.frac2() + ((first - second) + cross);
    return new Sum(second, frac1, frac2, sum.frac3() + lo * lo);
  }

  /**
   * The norm from the finished sum: infinity wins over NaN, a zero maximum or a single
   * coordinate is the maximum; otherwise the square root of the sum with its differential
   * correction.
   */
  public static double finish(Sum sum, double scale, double max, boolean foundNan, boolean single) {
    if (Double.isInfinite(max)) {
      return max;
    }
    if (foundNan) {
      return Double.NaN;
    }
    if (max == 0.0 || single) {
      return max;
    }
    if (Double.isNaN(scale)) {
      return max * Math.sqrt(sum.csum() - 1.0 + sum.frac1());
    }
    double csum = sum.csum();
    double frac1 = sum.frac1();
    double frac2 = sum.frac2();
    double frac3 = sum.frac3();
    double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    double t = h * T27;
    double hi = t - (t - h);
    double lo = h - hi;
    double x = -hi * hi;
    double next = csum + x;
    frac1 += (csum - next) + x;
    csum = next;
    x = -2.0 * hi * lo;
    next = csum + x;
    frac2 += (csum - next) + x;
    csum = next;
    x = -lo * lo;
    next = csum + x;
    frac3 += (csum - next) + x;
    csum = next;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }

  /** The norm of {@code magnitudes} (non-negative, no NaN unless {@code foundNan}). */
  static double norm(double[] magnitudes, double max, boolean foundNan) {
    double scale = scale(max);
    Sum sum = Sum.START;
    if (Double.isFinite(max) && !foundNan && max > 0.0) {
      for (double magnitude : magnitudes) {
        sum = add(sum, magnitude, scale, max);
      }
    }
    return finish(sum, scale, max, foundNan, magnitudes.length <= 1);
  }
}
