package dev.irc.targets.jit;

/** Raised when a module cannot be lowered, translated, compiled or linked by the JIT. */
public final class JitException extends RuntimeException {
  public JitException(String message) {
    super(message);
  }

  public JitException(String message, Throwable cause) {
    super(message, cause);
  }
}
