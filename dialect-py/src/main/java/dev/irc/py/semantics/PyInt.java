package dev.irc.py.semantics;

import java.math.BigInteger;

/**
 * Python int arithmetic on the int representation: {@link Long} when the value fits in 64 bits,
 * otherwise a {@link BigInteger}.
 *
 * <p>Every operation takes the {@code long} fast path when both operands are {@code Long}, falls
 * back to {@link BigInteger} on overflow, and returns a normalized value (a result that fits is a
 * {@code Long} again). Operands must already be ints; {@link #of} turns bools into ints. Division
 * and modulo round toward negative infinity, as in Python.
 */
public final class PyInt {

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  /** Results wider than this many bits raise MemoryError (Java's BigInteger limit is 2^31 bits). */
  static final long MAX_BITS = 1L << 31;

  private PyInt() {}

  /** The int value of an int or bool ({@code True} is 1), as Long or BigInteger. */
  public static Object of(Object intOrBool) {
    return switch (intOrBool) {
      case Boolean b -> b ? 1L : 0L;
      case Long l -> l;
      case BigInteger b -> normalize(b);
      default -> throw new IllegalArgumentException("not an int: " + PyType.nameOf(intOrBool));
    };
  }

  /** {@code value} as a Long when it fits, else itself. */
  public static Object normalize(BigInteger value) {
    return value.bitLength() < 64 ? (Object) value.longValue() : value;
  }

  /** The int as a BigInteger. */
  public static BigInteger big(Object value) {
    return switch (value) {
      case Long l -> BigInteger.valueOf(l);
      case BigInteger b -> b;
      case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
      default -> throw new IllegalArgumentException("not an int: " + PyType.nameOf(value));
    };
  }

  public static int signum(Object a) {
    return a instanceof Long l ? Long.signum(l) : big(a).signum();
  }

  public static int compare(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    return big(a).compareTo(big(b));
  }

  public static Object add(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long r = x + y;
      if (((x ^ r) & (y ^ r)) >= 0) {
        return r;
      }
    }
    return normalize(big(a).add(big(b)));
  }

  public static Object sub(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long r = x - y;
      if (((x ^ y) & (x ^ r)) >= 0) {
        return r;
      }
    }
    return normalize(big(a).subtract(big(b)));
  }

  public static Object mul(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long hi = Math.multiplyHigh(x, y);
      long lo = x * y;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return lo;
      }
    }
    BigInteger x = big(a);
    BigInteger y = big(b);
    checkBits((long) x.bitLength() + y.bitLength());
    return normalize(x.multiply(y));
  }

  /** {@code a // b}. */
  public static Object floorDiv(Object a, Object b) {
    if (signum(b) == 0) {
      throw PyException.zeroDivision("integer division or modulo by zero");
    }
    if (a instanceof Long x && b instanceof Long y && !(x == Long.MIN_VALUE && y == -1)) {
      return Math.floorDiv(x, y);
    }
    return normalize(bigDivMod(big(a), big(b))[0]);
  }

  /** {@code a % b}: the result has the sign of {@code b}. */
  public static Object mod(Object a, Object b) {
    if (signum(b) == 0) {
      throw PyException.zeroDivision("integer modulo by zero");
    }
    if (a instanceof Long x && b instanceof Long y) {
      return Math.floorMod(x, y);
    }
    return normalize(bigDivMod(big(a), big(b))[1]);
  }

  /** {@code divmod(a, b)} as a 2-tuple. */
  public static PyTuple divMod(Object a, Object b) {
    if (signum(b) == 0) {
      throw PyException.zeroDivision("integer division or modulo by zero");
    }
    if (a instanceof Long x && b instanceof Long y && !(x == Long.MIN_VALUE && y == -1)) {
      return PyTuple.of(Math.floorDiv(x, y), Math.floorMod(x, y));
    }
    BigInteger[] qr = bigDivMod(big(a), big(b));
    return PyTuple.of(normalize(qr[0]), normalize(qr[1]));
  }

  private static BigInteger[] bigDivMod(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
      qr[0] = qr[0].subtract(BigInteger.ONE);
      qr[1] = qr[1].add(b);
    }
    return qr;
  }

  /** {@code a / b}: the correctly rounded true quotient. */
  public static double trueDiv(Object a, Object b) {
    if (signum(b) == 0) {
      throw PyException.zeroDivision("division by zero");
    }
    return IntToFloat.divide(a, b);
  }

  /**
   * {@code a ** b} for {@code b >= 0}: exact. (A negative exponent makes a float; {@link
   * Arithmetic#pow} handles that.)
   */
  public static Object pow(Object a, Object b) {
    if (signum(b) < 0) {
      throw new IllegalArgumentException("negative exponent; use Arithmetic.pow");
    }
    if (a instanceof Long base && (base == 0 || base == 1 || base == -1)) {
      if (base == 0) {
        return signum(b) == 0 ? 1L : 0L;
      }
      return base == 1 || !big(b).testBit(0) ? 1L : -1L;
    }
    if (!(b instanceof Long exponent)) {
      throw PyException.memory();
    }
    if (a instanceof Long base) {
      long result = 1;
      long square = base;
      long e = exponent;
      boolean overflow = false;
      while (true) {
        if ((e & 1) != 0) {
          long hi = Math.multiplyHigh(result, square);
          long lo = result * square;
          if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
            overflow = true;
            break;
          }
          result = lo;
        }
        e >>= 1;
        if (e == 0) {
          break;
        }
        long hi = Math.multiplyHigh(square, square);
        long lo = square * square;
        if (hi != 0 || lo < 0) {
          overflow = true;
          break;
        }
        square = lo;
      }
      if (!overflow) {
        return result;
      }
    }
    BigInteger base = big(a);
    checkBits((base.bitLength() - 1) * (double) exponent);
    if (exponent > Integer.MAX_VALUE) {
      throw PyException.memory();
    }
    return normalize(base.pow((int) (long) exponent));
  }

  /** {@code pow(a, b, m)} for ints: modular power; a negative {@code b} uses the inverse. */
  public static Object powMod(Object a, Object b, Object m) {
    if (signum(m) == 0) {
      throw PyException.value("pow() 3rd argument cannot be 0");
    }
    BigInteger modulus = big(m);
    BigInteger positive = modulus.abs();
    BigInteger base = big(a).mod(positive);
    BigInteger exponent = big(b);
    BigInteger result;
    if (positive.equals(BigInteger.ONE)) {
      return 0L;
    }
    if (exponent.signum() < 0) {
      try {
        base = base.modInverse(positive);
      } catch (ArithmeticException notInvertible) {
        throw PyException.value("base is not invertible for the given modulus");
      }
      exponent = exponent.negate();
    }
    result = base.modPow(exponent, positive);
    if (modulus.signum() < 0 && result.signum() != 0) {
      result = result.subtract(positive);
    }
    return normalize(result);
  }

  public static Object neg(Object a) {
    if (a instanceof Long x && x != Long.MIN_VALUE) {
      return -x;
    }
    return normalize(big(a).negate());
  }

  public static Object abs(Object a) {
    return signum(a) < 0 ? neg(a) : a;
  }

  /** {@code ~a}, which is {@code -a - 1}. */
  public static Object invert(Object a) {
    if (a instanceof Long x) {
      return ~x;
    }
    return normalize(big(a).not());
  }

  public static Object and(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x & y;
    }
    return normalize(big(a).and(big(b)));
  }

  public static Object or(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x | y;
    }
    return normalize(big(a).or(big(b)));
  }

  public static Object xor(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x ^ y;
    }
    return normalize(big(a).xor(big(b)));
  }

  /** {@code a << n}; a negative count is a ValueError. */
  public static Object lshift(Object a, Object n) {
    if (signum(n) < 0) {
      throw PyException.value("negative shift count");
    }
    if (signum(a) == 0) {
      return 0L;
    }
    if (!(n instanceof Long count)) {
      throw PyException.memory();
    }
    if (a instanceof Long x && count < 63) {
      long r = x << count;
      if ((r >> count) == x) {
        return r;
      }
    }
    BigInteger base = big(a);
    checkBits(base.bitLength() + (double) count);
    return normalize(base.shiftLeft((int) (long) count));
  }

  /** {@code a >> n}, rounding toward negative infinity; a negative count is a ValueError. */
  public static Object rshift(Object a, Object n) {
    if (signum(n) < 0) {
      throw PyException.value("negative shift count");
    }
    if (!(n instanceof Long count) || count >= Integer.MAX_VALUE) {
      return signum(a) < 0 ? -1L : 0L;
    }
    if (a instanceof Long x) {
      return x >> Math.min(count, 63);
    }
    return normalize(big(a).shiftRight((int) (long) count));
  }

  private static void checkBits(double bits) {
    if (bits >= MAX_BITS) {
      throw PyException.memory();
    }
  }
}
