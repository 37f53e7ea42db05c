package dev.irc.tools.run;

import dev.irc.ir.Operation;
import dev.irc.py.conversion.toarith.runtime.RunResult;
import dev.irc.targets.cache.CacheEntry;
import dev.irc.targets.cache.CacheKey;
import dev.irc.targets.cache.CachedProgramRunner;
import dev.irc.targets.cache.CompileCache;
import dev.irc.targets.cache.SharedObjectCompiler;
import dev.irc.targets.run.JitPipeline;
import dev.irc.targets.run.JitProgramRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code irc run} with the compile cache: looks the program up by its {@link CacheKey}; a hit
 * runs the stored machine code ({@link CachedProgramRunner}); a miss compiles the lowered
 * program to a shared object ({@link SharedObjectCompiler}), stores it and runs it from the
 * cache, or, when it cannot be stored, runs it on the JIT. With {@code --time} it reports the
 * compile time (zero on a hit) and the run time as {@code irc run --time} always has.
 */
final class CachedRun {
  /** The options that change the machine code of {@code irc run} (there are none yet but the pipeline). */
  static final String OPTIONS = "run:jit-o2";

  private final CompileCache cache;
  private final CacheKey key;
  private final boolean time;
  private final PrintStream err;

  CachedRun(byte[] source, String sourceName, boolean time, boolean verbose, PrintStream err) {
    this.cache = CacheCommand.open(err, verbose);
    this.key = CacheKey.of(source, sourceName, OPTIONS);
    this.time = time;
    this.err = err;
  }

  /** The valid entry of this program, if the cache has one. */
  Optional<CacheEntry> lookup() {
    return cache.lookup(key);
  }

  /** Runs a hit. */
  RunResult run(CacheEntry entry, PrintStream out) {
    var run = CachedProgramRunner.run(entry, out);
    if (time) {
      err.printf("irc: time: compile 0.0 ms, run %.1f ms (@__main__ from the compile cache, loaded in %.1f ms)%n",
          run.runNanos() / 1e6, run.loadNanos() / 1e6);
    }
    return run.result();
  }

  /** Runs a miss: {@code lowered} is the program after {@code py-to-arith}. */
  RunResult compileAndRun(Operation lowered, PrintStream out) {
    long start = System.nanoTime();
    Operation llvmModule = JitPipeline.toLlvmDialect(lowered);
    Optional<CacheEntry> entry;
    try {
      entry = SharedObjectCompiler.compileAndStore(llvmModule, cache, key);
    } catch (IOException e) {
      entry = Optional.empty();
      cache.report("irc: cache: cannot build a shared object (" + e.getMessage() + "); running on the JIT");
    }
    if (entry.isEmpty()) {
      var run = JitProgramRunner.runLowered(llvmModule, out, start);
      if (time) {
        err.printf("irc: time: compile %.1f ms, run %.1f ms (@__main__ on the JIT)%n", run.compileNanos() / 1e6,
            run.runNanos() / 1e6);
      }
      return run.result();
    }
    long compiled = System.nanoTime();
    var run = CachedProgramRunner.run(entry.get(), out);
    if (time) {
      err.printf("irc: time: compile %.1f ms, run %.1f ms (@__main__ compiled into the compile cache, loaded in %.1f ms)%n",
          (compiled - start) / 1e6, run.runNanos() / 1e6, run.loadNanos() / 1e6);
    }
    return run.result();
  }
}
