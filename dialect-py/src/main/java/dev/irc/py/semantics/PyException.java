package dev.irc.py.semantics;

import java.util.Objects;

/**
 * A Python exception raised by a value operation: its Python type name and message, e.g.
 * {@code ZeroDivisionError: division by zero}.
 *
 * <p>It exists so that the evaluator and the runtime report exactly CPython's last traceback
 * line. Python exceptions are part of normal control flow in Python programs, so this one is cheap:
 * no Java stack trace is captured and it is not suppressible.
 */
public final class PyException extends RuntimeException {

  private final String type;
  private final String pyMessage;

  /** An exception of Python type {@code type} (e.g. {@code "ValueError"}) with {@code message}. */
  public PyException(String type, String message) {
    super(type + (message.isEmpty() ? "" : ": " + message), null, false, false);
    this.type = Objects.requireNonNull(type, "type");
    this.pyMessage = message;
  }

  public static PyException zeroDivision(String message) {
    return new PyException("ZeroDivisionError", message);
  }

  public static PyException overflow(String message) {
    return new PyException("OverflowError", message);
  }

  public static PyException value(String message) {
    return new PyException("ValueError", message);
  }

  public static PyException type(String message) {
    return new PyException("TypeError", message);
  }

  /** CPython's MemoryError, raised when an int result could not be represented. */
  public static PyException memory() {
    return new PyException("MemoryError", "");
  }

  /** The Python type name, e.g. {@code "OverflowError"}. */
  public String type() {
    return type;
  }

  /** The message as {@code str(exc)} prints it; may be empty. */
  public String pyMessage() {
    return pyMessage;
  }

  /** The last line of CPython's traceback: {@code Type: message}, or {@code Type} alone. */
  public String lastLine() {
    return getMessage();
  }

  @Override
  public String toString() {
    return lastLine();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyException other && type.equals(other.type)
        && pyMessage.equals(other.pyMessage);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + pyMessage.hashCode();
  }
}
