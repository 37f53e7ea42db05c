package dev.irc.ir.interp;

import java.io.PrintStream;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * Functions the IR only declares (a dialect's runtime routine, e.g. {@code toy_print_i64}),
 * implemented in Java by a dialect's jar for whoever runs its lowered IR. A jar lists its
 * implementation in {@code META-INF/services/dev.irc.ir.interp.ExternalFunctionProvider};
 * {@code irc-runner} binds each function as an upcall for the JIT and as an
 * {@link ExternalFunction} of the {@link Interpreter}, so a lowered program runs the same way in
 * both. It lives here, beside {@link ExternalFunction}, so that a dialect needs only ir-core.
 */
public interface ExternalFunctionProvider {
  /**
   * One function: its symbol, its C signature (for the JIT's upcall) and its implementation,
   * a method handle of exactly that signature in Java types ({@code long} for {@code i64},
   * {@code double} for {@code f64}, {@code boolean} for {@code i1}, ...).
   */
  record External(String symbol, FunctionDescriptor descriptor, MethodHandle implementation) {}

  /** The functions, whose output (if any) goes to {@code out} (the runner's standard output). */
  List<External> externals(PrintStream out);
}
