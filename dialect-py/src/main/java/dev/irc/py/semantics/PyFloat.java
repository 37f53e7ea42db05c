package dev.irc.py.semantics;

/**
 * Python float arithmetic beyond plain IEEE operations: division, floor division, modulo, divmod
 * and power with CPython 3.11's special cases and error messages.
 *
 * <p>Addition, subtraction and multiplication are plain IEEE double operations and need no help;
 * everything here follows CPython's {@code floatobject.c} ({@code float_rem}, {@code
 * _float_div_mod}, {@code float_pow}) so results, signs of zero and errors match bit for bit.
 */
public final class PyFloat {

  private PyFloat() {}

  public static double trueDiv(double a, double b) {
    if (b == 0.0) {
      throw PyException.zeroDivision("float division by zero");
    }
    return a / b;
  }

  /** {@code a % b}: the result takes the sign of {@code b}. */
  public static double mod(double a, double b) {
    if (b == 0.0) {
      throw PyException.zeroDivision("float modulo");
    }
    return remainder(a, b);
  }

  public static double floorDiv(double a, double b) {
    if (b == 0.0) {
      throw PyException.zeroDivision("float floor division by zero");
    }
    return quotient(a, b, a % b);
  }

  public static PyTuple divMod(double a, double b) {
    if (b == 0.0) {
      throw PyException.zeroDivision("float divmod()");
    }
    return PyTuple.of(quotient(a, b, a % b), remainder(a, b));
  }

  private static double remainder(double a, double b) {
    double mod = a % b; // Java's % on doubles is C's fmod
    if (mod != 0.0) {
      if ((b < 0) != (mod < 0)) {
        mod += b;
      }
    } else {
      mod = Math.copySign(0.0, b);
    }
    return mod;
  }

  private static double quotient(double a, double b, double fmod) {
    double mod = fmod;
    double div = (a - mod) / b;
    if (mod != 0.0 && (b < 0) != (mod < 0)) {
      div -= 1.0;
    }
    double floorDiv;
    if (div != 0.0) {
      floorDiv = Math.floor(div);
      if (div - floorDiv > 0.5) {
        floorDiv += 1.0;
      }
    } else {
      floorDiv = Math.copySign(0.0, a / b);
    }
    return floorDiv;
  }

  /** {@code a ** b} for floats (and ints already converted to float). */
  public static double pow(double a, double b) {
    if (b == 0.0) {
      return 1.0;
    }
    if (Double.isNaN(a)) {
      return a;
    }
    if (Double.isNaN(b)) {
      return a == 1.0 ? 1.0 : b;
    }
    if (Double.isInfinite(b)) {
      double m = Math.abs(a);
      if (m == 1.0) {
        return 1.0;
      }
      return (b > 0.0) == (m > 1.0) ? Math.abs(b) : 0.0;
    }
    if (Double.isInfinite(a)) {
      boolean odd = isOddInteger(b);
      if (b > 0.0) {
        return odd ? a : Math.abs(a);
      }
      return odd ? Math.copySign(0.0, a) : 0.0;
    }
    if (a == 0.0) {
      if (b < 0.0) {
        throw PyException.zeroDivision("0.0 cannot be raised to a negative power");
      }
      return isOddInteger(b) ? a : 0.0;
    }
    boolean negate = false;
    if (a < 0.0) {
      if (b != Math.floor(b)) {
        throw complexResult();
      }
      a = -a;
      negate = isOddInteger(b);
    }
    if (a == 1.0) {
      return negate ? -1.0 : 1.0;
    }
    double r = SystemLibm.pow(a, b);
    if (Double.isInfinite(r)) {
      throw PyException.overflow("(34, 'Numerical result out of range')");
    }
    return negate ? -r : r;
  }

  /** The error for results CPython would make complex; irc has no complex numbers. */
  static PyException complexResult() {
    return new PyException("NotImplementedError", "complex numbers are not supported by irc");
  }

  private static boolean isOddInteger(double x) {
    return Math.abs(x % 2.0) == 1.0;
  }
}
