package dev.irc.targets.embed;

import dev.irc.ir.Operation;
import dev.irc.py.eval.Evaluator;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reference evaluator of one module, confined to one thread with a large stack: deep Python
 * recursion nests Java frames, and the evaluator's state (globals, call depth) is not
 * thread-safe, so calls from any number of threads are queued and run one at a time, like
 * Python under its global interpreter lock. Compiled specializations do not pass through here.
 */
final class EvaluatorThread implements AutoCloseable {
  /** Java stack of the evaluator thread (reserved, not committed): enough for 1000 Python frames. */
  private static final long STACK_BYTES = 1L << 30;

  private final ExecutorService executor;
  private final PrintStream out;
  /** Only touched on the executor's thread. */
  private Evaluator evaluator;

  EvaluatorThread(String moduleName, PrintStream out) {
    this.out = out;
    this.executor = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(null, task, "irc-evaluator[" + moduleName + "]", STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Prepares {@code module} (py IR) and runs its top-level code. */
  void runModule(Operation module) {
    submit(() -> {
      evaluator = new Evaluator(module, out);
      evaluator.run();
      return null;
    });
  }

  /** Calls function {@code name} with its full argument list (Python values); gives back the Python result. */
  Object call(String name, List<Object> arguments) {
    return submit(() -> evaluator.call(name, arguments));
  }

  /** The value of global {@code name} now, or empty while it is unbound. */
  Optional<Object> globalValue(String name) {
    return submit(() -> evaluator.globalValue(name));
  }

  private <T> T submit(Callable<T> task) {
    Future<T> future = executor.submit(() -> {
      try {
        return task.call();
      } catch (StackOverflowError e) {
        throw new IllegalStateException("internal error: Java stack exhausted in the evaluator", e);
      } finally {
        out.flush();
      }
    });
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the evaluator", e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException runtime -> throw runtime;
        case Error error -> throw error;
        default -> throw new IllegalStateException(e.getCause());
      }
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
