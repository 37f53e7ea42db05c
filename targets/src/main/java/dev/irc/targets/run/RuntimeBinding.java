package dev.irc.targets.run;

import dev.irc.py.conversion.toarith.runtime.StatusProtocol;
import dev.irc.targets.runtime.HostWrite;
import dev.irc.targets.runtime.RunContext;

/**
 * Calls JIT-compiled functions of a {@code py-to-arith} module directly from Java with a run
 * bound for their host upcall ({@link dev.irc.targets.runtime.HostWrite}), as
 * {@link JitProgramRunner} binds one around {@code @__main__}. The embedding API
 * ({@code dev.irc.targets.embed}) calls a single specialization this way, passing
 * {@link RunContext#address()} as its context argument, and reads the outcome from the context
 * (status protocol).
 */
public final class RuntimeBinding {
  private RuntimeBinding() {}

  /**
   * Runs {@code call} (which invokes compiled code of a module compiled by
   * {@link JitProgramRunner#compile} with {@code context}) with {@code context} bound on this
   * thread; gives back its result. A failed upcall is reported as an
   * {@link StatusProtocol.EngineFailure}.
   */
  public static <R, X extends Throwable> R call(RunContext context, ScopedValue.CallableOp<R, X> call)
      throws X, StatusProtocol.EngineFailure {
    try {
      return HostWrite.call(context, call);
    } catch (HostWrite.WriteFailure failure) {
      throw new StatusProtocol.EngineFailure(failure.getMessage());
    }
  }
}
