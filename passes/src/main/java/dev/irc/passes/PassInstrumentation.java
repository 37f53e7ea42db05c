package dev.irc.passes;

import dev.irc.ir.Operation;

/**
 * Hooks the pass manager calls around every pass run (IR printing, custom tracing). Text an
 * instrumentation produces goes to {@code log}, a buffer per op being processed; buffers of
 * ops processed in parallel are joined in IR order, so the output does not depend on threading.
 * Implementations must be thread-safe.
 */
public interface PassInstrumentation {
  default void beforePass(Pass pass, Operation op, StringBuilder log) {}

  default void afterPass(Pass pass, Operation op, StringBuilder log) {}

  default void afterPassFailed(Pass pass, Operation op, StringBuilder log) {}
}
