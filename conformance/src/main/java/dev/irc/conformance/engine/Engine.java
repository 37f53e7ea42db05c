package dev.irc.conformance.engine;

/**
 * A way to run a Python program (CPython, the reference evaluator, the evaluator after a pass
 * pipeline, later the JIT and AOT targets): the differential harness and the conformance runner
 * are written against this interface so that new engines plug in without changing them.
 */
public interface Engine extends AutoCloseable {
  /** A short name for reports: {@code cpython}, {@code interp}, {@code interp+canonicalize,cse}. */
  String name();

  /** Runs {@code source}, named {@code fileName} in diagnostics and tracebacks. */
  Outcome run(String fileName, String source);

  /** Releases processes or threads the engine holds. */
  @Override
  default void close() {}
}
