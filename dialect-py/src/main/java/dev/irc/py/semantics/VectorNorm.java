package dev.irc.py.semantics;

/**
 * The Euclidean norm behind {@code math.hypot}, computed as CPython 3.11's {@code vector_norm}
 * does (not as C's {@code hypot}): exact scaling by a power of two, exact squares and sums held
 * as double-length values, then one differential correction of the square root.
 *
 * <p>It exists because CPython's result is nearly always correctly rounded and differs from
 * {@link Math#hypot} in the last bit for some inputs; the error-free products come from
 * {@link Math#fma}, which gives the same pair as CPython's Dekker splitting.
 */
final class VectorNorm {

  private VectorNorm() {}

  /** The norm of {@code magnitudes} (non-negative, no NaN unless {@code foundNan}). */
  static double norm(double[] magnitudes, double max, boolean foundNan) {
    int n = magnitudes.length;
    if (Double.isInfinite(max)) {
      return max;
    }
    if (foundNan) {
      return Double.NaN;
    }
    if (max == 0.0 || n <= 1) {
      return max;
    }
    // frexp: max = m * 2^e with 0.5 <= m < 1 (subnormals scaled up first to read e).
    int maxExponent = max < Double.MIN_NORMAL
        ? Math.getExponent(max * 0x1p54) - 54 + 1 : Math.getExponent(max) + 1;
    if (maxExponent < -1023) {
      double[] scaled = new double[n];
      for (int i = 0; i < n; i++) {
        scaled[i] = magnitudes[i] / Double.MIN_NORMAL;
      }
      return Double.MIN_NORMAL * norm(scaled, max / Double.MIN_NORMAL, false);
    }
    double scale = Math.scalb(1.0, -maxExponent);
    double csum = 1.0;
    double frac1 = 0.0;
    double frac2 = 0.0;
    for (double magnitude : magnitudes) {
      double x = magnitude * scale;
      double hi = x * x;
      double lo = Math.fma(x, x, -hi);
      double sum = csum + hi;
      frac2 += (csum - sum) + hi;
      csum = sum;
      frac1 += lo;
    }
    double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
    double hi = -h * h;
    double lo = Math.fma(-h, h, -hi);
    double sum = csum + hi;
    frac2 += (csum - sum) + hi;
    csum = sum;
    frac1 += lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
  }
}
