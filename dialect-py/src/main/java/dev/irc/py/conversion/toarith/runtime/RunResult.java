package dev.irc.py.conversion.toarith.runtime;

import dev.irc.py.eval.PythonError;

/**
 * How a compiled run of a lowered program ended, as read from the status protocol by
 * {@link StatusProtocol}; the same for every engine (IR interpreter, JIT), so the driver turns
 * it into an exit code, a traceback or a restart in the evaluator in one place.
 */
public sealed interface RunResult {
  /** The program finished; its output is committed. */
  record Completed() implements RunResult {}

  /** An uncaught Python exception; output committed, the traceback to print. */
  record Raised(PythonError error) implements RunResult {}

  /** A guard failed; {@code restartable} when no output reached the stream (it was discarded). */
  record Deoptimized(boolean restartable, String where) implements RunResult {}
}
