package dev.irc.py.semantics;

import java.math.BigDecimal;

/**
 * {@code repr(x)} (and {@code str(x)}) of a Python float: the shortest decimal that reads back as
 * the same double, in CPython's layout ({@code 0.1}, {@code 1e+16}, {@code 1e-05}, {@code 1.0},
 * {@code -0.0}, {@code inf}, {@code nan}).
 *
 * <p>The digits come from {@link Double#toString(double)}, which since JDK 19 yields the shortest
 * round-tripping decimal closest to the value, except that it never emits fewer than two digits
 * when a closer two-digit decimal exists ({@code 4.9E-324} for CPython's {@code 5e-324}); that
 * case is corrected here. The layout follows CPython's {@code format_float_short} for the {@code
 * 'r'} format: scientific when the decimal exponent is below -4 or at least 16.
 */
public final class FloatRepr {

  private FloatRepr() {}

  /** Python's repr of {@code x}. */
  public static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0.0) {
      return Double.doubleToRawLongBits(x) == 0 ? "0.0" : "-0.0";
    }
    Decimal d = shortest(Math.abs(x));
    String body = layout(d.digits(), d.pointPosition());
    return x < 0 ? "-" + body : body;
  }

  /**
   * The shortest round-tripping digits of a positive finite double: value = 0.DIGITS ×
   * 10^pointPosition, no leading or trailing zeros in DIGITS.
   */
  record Decimal(String digits, int pointPosition) {}

  static Decimal shortest(double x) {
    Decimal d = parseJava(Double.toString(x));
    if (d.digits().length() == 2) {
      Decimal one = oneDigit(x, d);
      if (one != null) {
        return one;
      }
    }
    return d;
  }

  /** A one-digit decimal that reads back as {@code x}, the closest if two do; else null. */
  private static Decimal oneDigit(double x, Decimal two) {
    int first = two.digits().charAt(0) - '0';
    Decimal down = new Decimal(String.valueOf(first), two.pointPosition());
    Decimal up = first == 9 ? new Decimal("1", two.pointPosition() + 1)
        : new Decimal(String.valueOf(first + 1), two.pointPosition());
    boolean downOk = value(down) == x;
    boolean upOk = value(up) == x;
    if (downOk && upOk) {
      BigDecimal exact = new BigDecimal(x);
      int c = exact.subtract(exact(down)).abs().compareTo(exact(up).subtract(exact).abs());
      return c < 0 ? down : c > 0 ? up : ((first % 2 == 0) ? down : up);
    }
    return downOk ? down : upOk ? up : null;
  }

  private static BigDecimal exact(Decimal d) {
    return new BigDecimal(new java.math.BigInteger(d.digits()), d.digits().length() - d.pointPosition());
  }

  private static double value(Decimal d) {
    return Double.parseDouble("0." + d.digits() + "e" + d.pointPosition());
  }

  /** Reads Java's {@code 1.2345E-7} / {@code 123.45} form into digits and point position. */
  private static Decimal parseJava(String s) {
    int e = s.indexOf('E');
    String mantissa = e < 0 ? s : s.substring(0, e);
    int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
    int dot = mantissa.indexOf('.');
    String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
    int point = dot + exponent;
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
      lead++;
    }
    digits = digits.substring(lead);
    point -= lead;
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return new Decimal(digits.substring(0, end), point);
  }

  /** CPython's {@code 'r'} layout of 0.DIGITS × 10^point. */
  static String layout(String digits, int point) {
    int n = digits.length();
    if (point <= -4 || point > 16) {
      int exponent = point - 1;
      StringBuilder sb = new StringBuilder(n + 8);
      sb.append(digits.charAt(0));
      if (n > 1) {
        sb.append('.').append(digits, 1, n);
      }
      sb.append('e').append(exponent < 0 ? '-' : '+');
      int magnitude = Math.abs(exponent);
      if (magnitude < 10) {
        sb.append('0');
      }
      return sb.append(magnitude).toString();
    }
    if (point <= 0) {
      return "0." + "0".repeat(-point) + digits;
    }
    if (point >= n) {
      return digits + "0".repeat(point - n) + ".0";
    }
    return digits.substring(0, point) + "." + digits.substring(point);
  }
}
