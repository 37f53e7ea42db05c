package dev.irc.targets.cache;

import dev.irc.py.conversion.toarith.SiteTable;
import dev.irc.py.conversion.toarith.runtime.RunResult;
import dev.irc.py.conversion.toarith.runtime.StatusProtocol;
import dev.irc.targets.runtime.HostWrite;
import dev.irc.targets.runtime.RunContext;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Runs a program from its cache entry without the compiler and without LLVM: opens the entry's
 * shared object with {@code java.lang.foreign}, calls {@code @__main__(context, 0)} through a
 * downcall handle with a fresh {@link RunContext} sized by the entry's metadata, and reads the
 * outcome with the shared {@link StatusProtocol}, exactly as the JIT's runner does. The shared
 * object is closed after the run.
 */
public final class CachedProgramRunner {
  private static final FunctionDescriptor MAIN = FunctionDescriptor.of(ValueLayout.JAVA_BYTE, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);
  private static final String MAIN_SYMBOL = "__main__";

  private CachedProgramRunner() {}

  /** The outcome of a run with the time spent loading the shared object and in {@code @__main__}. */
  public record CachedRun(RunResult result, long loadNanos, long runNanos) {}

  /** Runs {@code entry}'s program, printing to {@code out}. */
  public static CachedRun run(CacheEntry entry, PrintStream out) {
    long start = System.nanoTime();
    try (Arena arena = Arena.ofShared()) {
      SymbolLookup library = SymbolLookup.libraryLookup(entry.file(), arena);
      MemorySegment address = library.find(MAIN_SYMBOL)
          .orElseThrow(() -> new IllegalStateException("no @" + MAIN_SYMBOL + " in " + entry.file()));
      MethodHandle main = Linker.nativeLinker().downcallHandle(address, MAIN);
      SiteTable sites = entry.metadata().siteTable();
      long loaded = System.nanoTime();
      long[] runNanos = new long[1];
      try (var context = new RunContext(sites, entry.metadata().globalCount(), out)) {
        RunResult result = StatusProtocol.run(sites, context, runtime -> {
          long callStart = System.nanoTime();
          byte status = callMain(main, runtime);
          runNanos[0] = System.nanoTime() - callStart;
          return (status & 1) != 0;
        });
        return new CachedRun(result, loaded - start, runNanos[0]);
      }
    }
  }

  private static byte callMain(MethodHandle main, RunContext context) throws StatusProtocol.EngineFailure {
    try {
      return HostWrite.call(context, () -> (byte) main.invokeExact(context.address(), 0L));
    } catch (HostWrite.WriteFailure failure) {
      throw new StatusProtocol.EngineFailure(failure.getMessage());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
