package dev.irc.py.eval;

import dev.irc.ir.diag.Location;
import dev.irc.py.semantics.PyException;
import java.util.ArrayList;
import java.util.List;

/**
 * An uncaught Python exception leaving the evaluator: the {@link PyException} plus the frames it
 * passed through (innermost first), enough to print CPython's traceback.
 */
public final class PythonError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One traceback line: the function ({@code <module>} for top-level code) and where it was. */
  public record Frame(String function, Location location) {}

  private final transient PyException exception;
  private final transient List<Frame> frames = new ArrayList<>();

  PythonError(PyException exception) {
    super(exception.lastLine(), null, false, false);
    this.exception = exception;
  }

  /**
   * An error raised outside the evaluator (by compiled code) with its frames, innermost first;
   * lets the driver print the same traceback for both.
   */
  public static PythonError of(PyException exception, List<Frame> innermostFirst) {
    var error = new PythonError(exception);
    innermostFirst.forEach(f -> error.addFrame(f.function(), f.location()));
    return error;
  }

  PythonError addFrame(String function, Location location) {
    frames.add(new Frame(function, location));
    return this;
  }

  public PyException exception() {
    return exception;
  }

  /** The frames, outermost (the module) first, as a traceback lists them. */
  public List<Frame> frames() {
    return frames.reversed();
  }
}
