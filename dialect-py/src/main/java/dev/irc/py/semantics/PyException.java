package dev.irc.py.semantics;

import dev.irc.ir.diag.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Python exception object: its builtin type name, its {@code args}, its chaining
 * ({@code __cause__}, {@code __context__}, {@code __suppress_context__}) and its traceback, e.g.
 * {@code ZeroDivisionError: division by zero}.
 *
 * <p>It is at once the Java exception that carries a Python exception through the evaluator and
 * the runtime, and the Python value a handler binds with {@code except ... as e}, so that
 * re-raising it keeps its traceback and chain as in CPython. Python exceptions are part of normal
 * control flow in Python programs, so this one is cheap: no Java stack trace is captured and it
 * is not suppressible.
 */
public final class PyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One traceback entry: the function ({@code <module>} for top-level code) and where it was. */
  public record Frame(String function, Location location) {}

  private final String type;
  private final transient List<Object> args;
  private transient String pyMessage;
  private transient PyException cause;
  private transient PyException context;
  private boolean suppressContext;
  private final transient List<Frame> traceback = new ArrayList<>();

  /**
   * An exception of Python type {@code type} (e.g. {@code "ValueError"}) with {@code message} as
   * its one argument, or with no arguments when {@code message} is empty.
   */
  public PyException(String type, String message) {
    this(type, message.isEmpty() ? List.of() : List.of(message), message);
  }

  private PyException(String type, List<Object> args, String message) {
    super(null, null, false, false);
    this.type = Objects.requireNonNull(type, "type");
    this.args = List.copyOf(args);
    this.pyMessage = message;
  }

  /**
   * The exception a call {@code type(args...)} creates; {@code str()} of it follows CPython's
   * {@code BaseException.__str__} (and {@code KeyError}'s, which shows the repr of a single
   * argument).
   */
  public static PyException of(String type, List<Object> args) {
    return new PyException(type, args, null);
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

  /** {@code e.args}. */
  public List<Object> args() {
    return args;
  }

  /** {@code str(e)}: what {@code print(e)} shows; may be empty. */
  public String pyMessage() {
    if (pyMessage == null) {
      pyMessage = switch (args.size()) {
        case 0 -> "";
        case 1 -> type.equals("KeyError") ? Repr.repr(args.getFirst()) : Repr.str(args.getFirst());
        default -> Repr.repr(new PyTuple(args));
      };
    }
    return pyMessage;
  }

  /** {@code repr(e)}, e.g. {@code ValueError('x')}. */
  public String repr() {
    return type + (args.size() == 1 ? "(" + Repr.repr(args.getFirst()) + ")" : Repr.repr(new PyTuple(args)));
  }

  /** The last line of CPython's traceback: {@code Type: message}, or {@code Type} alone. */
  public String lastLine() {
    String message = pyMessage();
    return message.isEmpty() ? type : type + ": " + message;
  }

  @Override
  public String getMessage() {
    return lastLine();
  }

  /** {@code __cause__}, set by {@code raise ... from cause}; null if none. */
  public PyException cause() {
    return cause;
  }

  /** {@code __context__}: the exception being handled when this one was raised; null if none. */
  public PyException context() {
    return context;
  }

  /** {@code __suppress_context__}: true after {@code raise ... from ...}. */
  public boolean suppressContext() {
    return suppressContext;
  }

  /** {@code raise self from cause} ({@code cause} null for {@code from None}). */
  public void setCause(PyException cause) {
    this.cause = cause;
    this.suppressContext = true;
  }

  /** Records {@code handled} as the context, as CPython does when raising inside a handler. */
  public void setContext(PyException handled) {
    if (handled == this) {
      return;
    }
    // CPython breaks cycles in the context chain by cutting the link to this exception.
    for (PyException link = handled; link != null; link = link.context) {
      if (link.context == this) {
        link.context = null;
        break;
      }
    }
    this.context = handled;
  }

  /**
   * {@code __traceback__}, innermost frame first (the reverse of the printed order): an entry is
   * added for each frame the exception is raised in or passes through.
   */
  public List<Frame> traceback() {
    return traceback;
  }

  @Override
  public String toString() {
    return lastLine();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyException other && type.equals(other.type)
        && pyMessage().equals(other.pyMessage());
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + pyMessage().hashCode();
  }
}
