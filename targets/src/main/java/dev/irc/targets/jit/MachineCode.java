package dev.irc.targets.jit;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The machine code of one compiled module whose functions Java calls by name: a module in the
 * JIT ({@link CompiledModule}) or a shared object loaded from the compile cache
 * ({@code dev.irc.targets.cache.CachedProgramRunner.Loaded}). The embedding API calls either
 * alike. Handles from {@link #function} must not be used after {@link #close}.
 */
public interface MachineCode extends AutoCloseable {
  /** A downcall handle for function {@code name} with the C signature {@code descriptor}. */
  MethodHandle function(String name, FunctionDescriptor descriptor);

  /** Whether {@link #close} has freed the code. */
  boolean isClosed();

  /** Frees the code. Idempotent. */
  @Override
  void close();
}
