package dev.irc.targets.runtime;

import dev.irc.py.semantics.PyException;

/**
 * The exceptions the IR runtime raises by number ({@code @irc_error(ctx, code)} in
 * {@code runtime.mlir}): the code is the constant's ordinal plus one, and each stands for one
 * CPython exception type and message.
 */
public enum RuntimeErrorCode {
  INT_TRUE_DIVISION_BY_ZERO("ZeroDivisionError", "division by zero"),
  FLOAT_NAN_TO_INT("ValueError", "cannot convert float NaN to integer"),
  FLOAT_INFINITY_TO_INT("OverflowError", "cannot convert float infinity to integer"),
  /** A math function's argument is outside its domain or at a pole (CPython's EDOM). */
  MATH_DOMAIN_ERROR("ValueError", "math domain error"),
  /** A math function's result overflows (CPython's ERANGE). */
  MATH_RANGE_ERROR("OverflowError", "math range error"),
  /** {@code math.log(x, 1)}: the division by {@code log(1)}. */
  FLOAT_DIVISION_BY_ZERO("ZeroDivisionError", "float division by zero"),
  ZERO_TO_NEGATIVE_POWER("ZeroDivisionError", "0.0 cannot be raised to a negative power"),
  /** {@code float ** float} overflows: CPython raises from errno ERANGE. */
  FLOAT_POWER_OUT_OF_RANGE("OverflowError", "(34, 'Numerical result out of range')"),
  /** A negative float to a non-integer power, complex in Python, as the evaluator reports it. */
  COMPLEX_RESULT("NotImplementedError", "complex numbers are not supported by irc"),
  FACTORIAL_NEGATIVE("ValueError", "factorial() not defined for negative values"),
  ISQRT_NEGATIVE("ValueError", "isqrt() argument must be nonnegative"),
  /** {@code math.comb} and {@code math.perm} of a negative n. */
  N_NEGATIVE("ValueError", "n must be a non-negative integer"),
  /** {@code math.comb} and {@code math.perm} of a negative k. */
  K_NEGATIVE("ValueError", "k must be a non-negative integer"),
  POW_MODULUS_ZERO("ValueError", "pow() 3rd argument cannot be 0"),
  /** {@code pow(base, negative, mod)} where base and mod are not coprime. */
  NOT_INVERTIBLE("ValueError", "base is not invertible for the given modulus");

  private final String type;
  private final String message;

  RuntimeErrorCode(String type, String message) {
    this.type = type;
    this.message = message;
  }

  /** The number the runtime raises this error with. */
  public long code() {
    return ordinal() + 1L;
  }

  /** The error of {@code code}. */
  public static RuntimeErrorCode of(long code) {
    if (code < 1 || code > values().length) {
      throw new IllegalArgumentException("no runtime error code " + code);
    }
    return values()[(int) code - 1];
  }

  /** The Python exception this error raises. */
  public PyException exception() {
    return new PyException(type, message);
  }
}
