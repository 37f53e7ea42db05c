package dev.irc.py.eval;

import dev.irc.ir.diag.Location;
import dev.irc.py.semantics.PyException;
import java.util.List;

/**
 * A Python exception unwinding through the evaluator, and finally leaving it uncaught: the
 * {@link PyException}, whose traceback gains an entry for each frame it passes through, enough to
 * print CPython's traceback.
 */
public final class PythonError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient PyException exception;
  /** A bare {@code raise} adds no traceback entry for the frame it is in (CPython's RERAISE). */
  private transient boolean frameRecorded;

  PythonError(PyException exception) {
    super(exception.lastLine(), null, false, false);
    this.exception = exception;
  }

  /**
   * An error raised outside the evaluator (by compiled code) with its frames, innermost first;
   * lets the driver print the same traceback for both.
   */
  public static PythonError of(PyException exception, List<PyException.Frame> innermostFirst) {
    exception.traceback().addAll(innermostFirst);
    return new PythonError(exception);
  }

  /** Re-raises {@code exception} with a bare {@code raise}: the raising frame adds no entry. */
  static PythonError reraise(PyException exception) {
    var error = new PythonError(exception);
    error.frameRecorded = true;
    return error;
  }

  PythonError addFrame(String function, Location location) {
    if (frameRecorded) {
      frameRecorded = false;
    } else {
      exception.traceback().add(new PyException.Frame(function, location));
    }
    return this;
  }

  public PyException exception() {
    return exception;
  }

  /** The frames, outermost (the module) first, as a traceback lists them. */
  public List<PyException.Frame> frames() {
    return exception.traceback().reversed();
  }
}
