package dev.irc.py.eval;

import dev.irc.py.eval.CompiledFunction.ExecBlock;
import dev.irc.py.semantics.PyException;
import java.util.ArrayList;
import java.util.List;

/**
 * The exception state of one running function, as CPython keeps it per frame: the stack of
 * handlers of the {@code try} statements being executed ({@code py.try_enter} pushes,
 * {@code py.try_exit} pops) and the stack of exceptions being handled ({@code py.caught} pushes,
 * {@code py.except_end} pops), whose top is what a bare {@code raise} re-raises and what a new
 * exception gets as its context. Created on a function's first {@code py.try_enter}.
 */
final class FrameExceptions {
  /** A handler: where it continues, and how many exceptions were being handled when it was pushed. */
  private record Handler(ExecBlock target, int handlingDepth) {}

  private final List<Handler> handlers = new ArrayList<>();
  private final List<PyException> handling = new ArrayList<>();
  private PyException caught;

  void enter(ExecBlock handler) {
    handlers.add(new Handler(handler, handling.size()));
  }

  void exit() {
    handlers.removeLast();
  }

  /**
   * Where {@code exception}, raised in this frame or passing through it, continues: the innermost
   * handler (popped), or null if none is left and the exception leaves the frame.
   */
  ExecBlock dispatch(PyException exception) {
    if (handlers.isEmpty()) {
      return null;
    }
    Handler handler = handlers.removeLast();
    // Handlers left by the exception (the handled exceptions of except bodies it escaped) end.
    while (handling.size() > handler.handlingDepth()) {
      handling.removeLast();
    }
    caught = exception;
    return handler.target();
  }

  /** {@code py.caught}: the exception dispatched to the running handler, now being handled. */
  PyException beginHandling() {
    PyException exception = caught;
    caught = null;
    handling.add(exception);
    return exception;
  }

  void endHandling() {
    handling.removeLast();
  }

  /** The exception being handled, or null. */
  PyException handled() {
    return handling.isEmpty() ? null : handling.getLast();
  }
}
