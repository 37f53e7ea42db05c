package dev.irc.py.semantics;

import java.math.BigInteger;
import java.util.stream.Collectors;

/**
 * {@code repr(x)} and {@code str(x)} of Python values, which is also how {@code print} formats
 * each argument ({@link #str}).
 *
 * <p>Ints print in decimal, subject to CPython 3.11's limit of 4300 digits for int-to-string
 * conversion (a ValueError beyond it); bools print {@code True}/{@code False}; floats use {@link
 * FloatRepr}; strings are quoted by repr as CPython quotes them.
 */
public final class Repr {

  /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
  public static final int INT_MAX_STR_DIGITS = 4300;

  private Repr() {}

  /** {@code str(x)}: what {@code print(x)} writes. */
  public static String str(Object value) {
    return switch (value) {
      case String s -> s;
      case PyException e -> e.pyMessage();
      default -> repr(value);
    };
  }

  /** {@code repr(x)}. */
  public static String repr(Object value) {
    return switch (value) {
      case Boolean b -> b ? "True" : "False";
      case Long l -> Long.toString(l);
      case BigInteger b -> bigIntRepr(b);
      case Double d -> FloatRepr.repr(d);
      case PyNone n -> "None";
      case String s -> StrRepr.repr(s);
      case PyException e -> e.repr();
      case PyTuple t -> t.size() == 1 ? "(" + repr(t.get(0)) + ",)"
          : t.items().stream().map(Repr::repr).collect(Collectors.joining(", ", "(", ")"));
      default -> throw new IllegalArgumentException("not a Python value: " + value.getClass());
    };
  }

  private static String bigIntRepr(BigInteger b) {
    // 10^4300 needs 14285 bits, so anything wider certainly has too many digits.
    if (b.bitLength() > 14300) {
      throw tooManyDigits();
    }
    String s = b.toString();
    if (s.length() - (b.signum() < 0 ? 1 : 0) > INT_MAX_STR_DIGITS) {
      throw tooManyDigits();
    }
    return s;
  }

  private static PyException tooManyDigits() {
    return PyException.value("Exceeds the limit (" + INT_MAX_STR_DIGITS
        + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase"
        + " the limit");
  }
}
