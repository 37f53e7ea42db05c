package dev.irc.targets.cache;

import dev.irc.py.conversion.toarith.SiteTable;
import dev.irc.py.conversion.toarith.runtime.RunResult;
import dev.irc.py.conversion.toarith.runtime.StatusProtocol;
import dev.irc.targets.jit.MachineCode;
import dev.irc.targets.runtime.HostWrite;
import dev.irc.targets.runtime.RunContext;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Runs a program from its cache entry without the compiler and without LLVM: {@link #load} opens
 * the entry's shared object with {@code java.lang.foreign} (every symbol is bound then, so a
 * library that cannot be loaded fails here, before any output); {@link Loaded#run} calls
 * {@code @__main__(context, 0)} through a downcall handle with a fresh {@link RunContext} sized
 * by the entry's metadata and reads the outcome with the shared {@link StatusProtocol}, exactly
 * as the JIT's runner does. Closing the loaded program closes the shared object.
 */
public final class CachedProgramRunner {
  private static final String MAIN_SYMBOL = "__main__";

  private CachedProgramRunner() {}

  /** The outcome of a run with the time spent loading the shared object and in {@code @__main__}. */
  public record CachedRun(RunResult result, long loadNanos, long runNanos) {}

  /**
   * Opens {@code entry}'s shared object and finds {@code @__main__}; throws {@link IOException}
   * when it cannot be loaded (e.g. a directory mounted {@code noexec}, a missing libc symbol).
   */
  public static Loaded load(CacheEntry entry) throws IOException {
    long start = System.nanoTime();
    Arena arena = Arena.ofShared();
    try {
      SymbolLookup library = SymbolLookup.libraryLookup(entry.file(), arena);
      MemorySegment address = library.find(MAIN_SYMBOL)
          .orElseThrow(() -> new IOException("no @" + MAIN_SYMBOL + " in " + entry.file()));
      MethodHandle main = java.lang.invoke.MethodHandles.insertArguments(HitWarmup.MainHandle.HANDLE, 0, address);
      return new Loaded(arena, library, main, entry.metadata(), System.nanoTime() - start);
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      arena.close();
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  /**
   * A loaded entry, ready to run (from any thread, once or more) or to call one of its functions
   * (the embedding API); {@link #close} unloads it.
   */
  public static final class Loaded implements MachineCode {
    private final Arena arena;
    private final SymbolLookup library;
    private final MethodHandle main;
    private final ProgramMetadata metadata;
    private final long loadNanos;

    private Loaded(Arena arena, SymbolLookup library, MethodHandle main, ProgramMetadata metadata, long loadNanos) {
      this.arena = arena;
      this.library = library;
      this.main = main;
      this.metadata = metadata;
      this.loadNanos = loadNanos;
    }

    /** Runs the program, printing to {@code out}. */
    public CachedRun run(PrintStream out) {
      SiteTable sites = metadata.siteTable();
      long[] runNanos = new long[1];
      try (var context = new RunContext(sites, metadata.globalCount(), out)) {
        RunResult result = StatusProtocol.run(sites, context, runtime -> {
          long callStart = System.nanoTime();
          byte status = callMain(main, runtime);
          runNanos[0] = System.nanoTime() - callStart;
          return (status & 1) != 0;
        });
        return new CachedRun(result, loadNanos, runNanos[0]);
      }
    }

    @Override
    public MethodHandle function(String name, FunctionDescriptor descriptor) {
      MemorySegment address = library.find(name)
          .orElseThrow(() -> new IllegalArgumentException("no function @" + name + " in the cached code"));
      return Linker.nativeLinker().downcallHandle(address, descriptor);
    }

    @Override
    public synchronized boolean isClosed() {
      return !arena.scope().isAlive();
    }

    @Override
    public synchronized void close() {
      if (arena.scope().isAlive()) {
        arena.close();
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
