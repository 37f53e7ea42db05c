package dev.irc.ir.interp;

import dev.irc.ir.Operation;

/**
 * Execution stopped: the program did something undefined, an assertion failed, a limit was
 * hit, or the IR cannot be interpreted. The {@link Kind} lets property tests tell a program
 * that is undefined before a pass (any result after it is fine) from a real difference.
 */
public final class InterpreterException extends RuntimeException {
  /** Why execution stopped. */
  public enum Kind {
    /** Undefined behavior or poison in the source semantics (division by zero, out-of-range shift, ...). */
    UNDEFINED_BEHAVIOR,
    /** A runtime check the program itself makes failed ({@code cf.assert}). */
    ASSERTION_FAILED,
    /** The step or call-depth limit was exceeded (a runaway program). */
    LIMIT_EXCEEDED,
    /** The IR cannot be run: an op without semantics, an external function, a malformed value. */
    UNSUPPORTED
  }

  private final Kind kind;
  private final transient Operation op;

  public InterpreterException(Kind kind, Operation op, String message) {
    super(describe(op, message));
    this.kind = kind;
    this.op = op;
  }

  /** Undefined behavior in {@code op}: {@code 'arith.divsi' op: division by zero}. */
  public static InterpreterException undefined(Operation op, String message) {
    return new InterpreterException(Kind.UNDEFINED_BEHAVIOR, op, message);
  }

  public static InterpreterException unsupported(Operation op, String message) {
    return new InterpreterException(Kind.UNSUPPORTED, op, message);
  }

  public Kind kind() {
    return kind;
  }

  /** The op that failed, or null when the failure is not tied to one. */
  public Operation op() {
    return op;
  }

  private static String describe(Operation op, String message) {
    if (op == null) {
      return message;
    }
    return "'" + op.name() + "' op: " + message + " (at " + op.location() + ")";
  }
}
