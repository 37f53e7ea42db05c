package dev.irc.py.semantics;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * {@code int(s)} and {@code float(s)} for strings, with CPython's accepted syntax (surrounding
 * whitespace, a sign, single underscores between digits, Unicode decimal digits, {@code inf} and
 * {@code nan} for floats) and its exact error messages.
 */
public final class NumberParsing {

  private static final String DIGITS = "[0-9](?:_?[0-9])*";
  private static final Pattern INT = Pattern.compile("[+-]?" + DIGITS);
  private static final Pattern FLOAT = Pattern.compile(
      "[+-]?(?:(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?"
          + DIGITS + ")?)");
  private static final Pattern FLOAT_SPECIAL =
      Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

  private NumberParsing() {}

  /** {@code int(s)} in base 10. */
  public static Object parseInt(String s) {
    String text = PyWhitespace.asciiDigits(PyWhitespace.strip(s));
    if (!INT.matcher(text).matches()) {
      throw PyException.value("invalid literal for int() with base 10: " + StrRepr.repr(s));
    }
    String digits = text.replace("_", "");
    int count = digits.length() - (digits.charAt(0) == '+' || digits.charAt(0) == '-' ? 1 : 0);
    if (count > Repr.INT_MAX_STR_DIGITS) {
      throw PyException.value("Exceeds the limit (" + Repr.INT_MAX_STR_DIGITS
          + " digits) for integer string conversion: value has " + count
          + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }
    if (count <= 18) {
      return Long.parseLong(digits);
    }
    return PyInt.normalize(new BigInteger(digits));
  }

  /** {@code float(s)}. */
  public static double parseFloat(String s) {
    String text = PyWhitespace.asciiDigits(PyWhitespace.strip(s));
    if (FLOAT.matcher(text).matches()) {
      return Double.parseDouble(text.replace("_", ""));
    }
    if (FLOAT_SPECIAL.matcher(text).matches()) {
      boolean negative = text.startsWith("-");
      if (text.toLowerCase(java.util.Locale.ROOT).endsWith("nan")) {
        return Double.NaN;
      }
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    throw PyException.value("could not convert string to float: " + StrRepr.repr(s));
  }
}
