package dev.irc.dialect.arith;

/**
 * Thrown by the shared arithmetic of an op when its result is undefined or poison for the given
 * operands (division by zero, signed division overflow, out-of-range shift or conversion).
 * Folders catch it and do not fold; the interpreter reports it as undefined behavior.
 */
final class UndefinedResult extends RuntimeException {
  UndefinedResult(String reason) {
    super(reason, null, false, false);
  }
}
