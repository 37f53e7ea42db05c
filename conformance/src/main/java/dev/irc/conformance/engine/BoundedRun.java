package dev.irc.conformance.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs an in-process engine on a daemon thread with a time limit, so that a hang in the
 * evaluator is reported as a {@link Outcome.Kind#TIMEOUT} instead of stopping a campaign (the
 * thread cannot be stopped; it is abandoned) and a Java exception as an engine error.
 */
final class BoundedRun {
  private static final long STACK_BYTES = 1L << 29;

  private BoundedRun() {}

  static Outcome within(long timeoutMillis, Supplier<Outcome> body) {
    var result = new CompletableFuture<Outcome>();
    Thread thread = new Thread(null, () -> {
      try {
        result.complete(body.get());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    }, "irc-engine", STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    try {
      return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return Outcome.of(Outcome.Kind.TIMEOUT, "no result after " + timeoutMillis + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return Outcome.of(Outcome.Kind.ENGINE_ERROR, cause.getClass().getName() + ": " + cause.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.of(Outcome.Kind.ENGINE_ERROR, "interrupted");
    }
  }
}
