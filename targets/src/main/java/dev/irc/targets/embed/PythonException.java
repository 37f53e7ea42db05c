package dev.irc.targets.embed;

import dev.irc.ir.diag.SourceFile;
import dev.irc.py.eval.PythonError;
import dev.irc.py.eval.Traceback;

/**
 * A Python exception that a call (or the module's top-level code) did not catch: its Python type
 * ({@code ZeroDivisionError}), its message as {@code str(e)} gives it, and the traceback CPython
 * would print. The Java message is the traceback's last line, {@code ZeroDivisionError: division
 * by zero}. Compiled code and the evaluator raise the same exception with the same frames.
 */
public final class PythonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String pythonMessage;
  private final String traceback;

  private PythonException(String type, String pythonMessage, String lastLine, String traceback) {
    super(lastLine);
    this.type = type;
    this.pythonMessage = pythonMessage;
    this.traceback = traceback;
  }

  /** The exception of {@code error}, with frames of {@code source} shown as CPython shows them. */
  static PythonException of(PythonError error, SourceFile source) {
    return new PythonException(error.exception().type(), error.exception().pyMessage(), error.exception().lastLine(),
        Traceback.format(error, source, source.name()));
  }

  /** The Python exception type, e.g. {@code ZeroDivisionError}. */
  public String type() {
    return type;
  }

  /** The exception's message, e.g. {@code division by zero}; may be empty. */
  public String pythonMessage() {
    return pythonMessage;
  }

  /**
   * CPython's traceback: {@code Traceback (most recent call last):}, a {@code File "kernels.py",
   * line N, in f} entry with its source line per Python frame, then {@code Type: message}.
   */
  public String traceback() {
    return traceback;
  }
}
