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
  FLOAT_INFINITY_TO_INT("OverflowError", "cannot convert float infinity to integer");

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
