package dev.irc.tools.runner;

import java.io.PrintStream;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * External functions a plugin gives {@code irc-runner}: functions the IR only declares (a
 * dialect's runtime routine, e.g. {@code toy_print_i64}), implemented in Java. A plugin lists
 * its implementation in {@code META-INF/services/dev.irc.tools.runner.RunnerExternals}; the
 * runner binds each function as an upcall for the JIT and as an external function for the IR
 * interpreter, so a lowered program runs the same way in both.
 */
public interface RunnerExternals {
  /**
   * One function: its symbol, its C signature (for the JIT's upcall) and its implementation,
   * a method handle of exactly that signature in Java types ({@code long} for {@code i64},
   * {@code double} for {@code f64}, {@code boolean} for {@code i1}, ...).
   */
  record External(String symbol, FunctionDescriptor descriptor, MethodHandle implementation) {}

  /** The functions, whose output (if any) goes to {@code out}, the runner's standard output. */
  List<External> externals(PrintStream out);
}
