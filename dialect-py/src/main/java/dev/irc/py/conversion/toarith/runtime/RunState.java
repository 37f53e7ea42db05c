package dev.irc.py.conversion.toarith.runtime;

import dev.irc.py.eval.PythonError;

/**
 * What a runtime knows at the end of a run of a lowered program, read by the
 * {@link StatusProtocol}: the held-back output, and the pending exception or deoptimization. The
 * Java runtime of the IR interpreter ({@link JavaRuntime}) and the native runtime of compiled
 * code both provide it.
 */
public interface RunState {
  /** Whether any output has reached the real stream (a deoptimization can then no longer restart). */
  boolean committed();

  /** Writes the held-back output to the real stream. */
  void commit();

  /** The site of the pending deoptimization ({@code -1} inside the runtime), or null. */
  Long deoptSite();

  /** The pending Python exception with its traceback, or null. */
  PythonError pendingError();
}
