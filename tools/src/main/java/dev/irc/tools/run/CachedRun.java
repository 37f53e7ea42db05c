package dev.irc.tools.run;

import dev.irc.ir.Operation;
import dev.irc.py.conversion.toarith.runtime.RunResult;
import dev.irc.targets.cache.CacheEntry;
import dev.irc.targets.cache.CacheKey;
import dev.irc.targets.cache.CachedProgramRunner;
import dev.irc.targets.cache.CompileCache;
import dev.irc.targets.cache.HitWarmup;
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
 * cache, or, when it cannot be stored or loaded, runs it on the JIT. With {@code --time} it
 * reports the compile time (zero on a hit) and the run time as {@code irc run --time} always has.
 */
final class CachedRun {
  /** The options that change the machine code of {@code irc run} (there are none yet but the pipeline). */
  static final String OPTIONS = "run:jit-o2";

  private final CompileCache cache;
  private final CacheKey key;
  private final boolean time;
  private final PrintStream err;

  CachedRun(byte[] source, String sourceName, boolean time, boolean verbose, PrintStream err) {
    HitWarmup.start();
    this.cache = CacheCommand.open(err, verbose);
    this.key = CacheKey.of(source, sourceName, OPTIONS);
    this.time = time;
    this.err = err;
  }

  /** This program's valid entry, loaded, if the cache has one; the caller closes it. */
  Optional<CachedProgramRunner.Loaded> lookup() {
    return cache.lookup(key).flatMap(this::load);
  }

  private Optional<CachedProgramRunner.Loaded> load(CacheEntry entry) {
    try {
      return Optional.of(CachedProgramRunner.load(entry));
    } catch (IOException e) {
      cache.report("irc: cache: cannot load " + entry.file() + " (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  /** Runs a hit. */
  RunResult run(CachedProgramRunner.Loaded loaded, PrintStream out) {
    var run = loaded.run(out);
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
    long passesNanos = System.nanoTime() - start;
    Optional<SharedObjectCompiler.Stored> stored;
    try {
      stored = SharedObjectCompiler.compileAndStore(llvmModule, cache, key);
    } catch (IOException e) {
      stored = Optional.empty();
      cache.report("irc: cache: cannot build a shared object (" + e.getMessage() + "); running on the JIT");
    }
    Optional<CachedProgramRunner.Loaded> loaded = stored.flatMap(s -> load(s.entry()));
    if (loaded.isEmpty()) {
      var run = JitProgramRunner.runLowered(llvmModule, out, start);
      if (time) {
        err.printf("irc: time: compile %.1f ms, run %.1f ms (@__main__ on the JIT)%n", run.compileNanos() / 1e6,
            run.runNanos() / 1e6);
      }
      return run.result();
    }
    long compiled = System.nanoTime();
    try (var program = loaded.get()) {
      var run = program.run(out);
      if (time) {
        err.printf("irc: time: compile %.1f ms, run %.1f ms (@__main__ compiled into the compile cache, loaded in %.1f ms)%n",
            (compiled - start) / 1e6, run.runNanos() / 1e6, run.loadNanos() / 1e6);
        err.printf("irc: time: compile stages: irc passes %.1f ms, LLVM O2 and codegen %.1f ms, link %.1f ms%n",
            passesNanos / 1e6, stored.get().llvmNanos() / 1e6, stored.get().linkNanos() / 1e6);
      }
      return run.result();
    }
  }
}
