package dev.irc.targets.run;

import dev.irc.ir.Operation;
import dev.irc.py.conversion.toarith.ModuleLowering;
import dev.irc.py.conversion.toarith.SiteTable;
import dev.irc.py.conversion.toarith.runtime.RunResult;
import dev.irc.py.conversion.toarith.runtime.StatusProtocol;
import dev.irc.targets.jit.CompileTimes;
import dev.irc.targets.jit.CompiledModule;
import dev.irc.targets.jit.JitEngine;
import dev.irc.targets.runtime.RunContext;
import java.io.PrintStream;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Runs a module lowered by {@code py-to-arith} on the x86-64 JIT: {@link JitPipeline} to the llvm
 * dialect with the IR runtime linked in ({@link HostSymbols#check}: no undefined host function),
 * {@link JitEngine#compile} (LLVM O2, ORC), then {@code @__main__(context, 0)} called through a
 * downcall handle with a fresh {@link RunContext}, and the outcome read by the shared
 * {@link StatusProtocol}. One engine serves the whole process; each program's code is freed
 * after its run.
 */
public final class JitProgramRunner {
  private static final FunctionDescriptor MAIN = FunctionDescriptor.of(ValueLayout.JAVA_BYTE, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG);
  private static JitEngine engine;

  /**
   * The outcome of a JIT run with the time spent compiling (to machine code) and in
   * {@code @__main__}; {@code stages} splits the part of the compile time spent in the JIT engine
   * (the rest is {@link JitPipeline}'s passes and binding the runtime).
   */
  public record JitRun(RunResult result, long compileNanos, long runNanos, CompileTimes stages) {}

  private JitProgramRunner() {}

  /** The process-wide JIT engine, created on first use. */
  public static synchronized JitEngine engine() {
    if (engine == null) {
      engine = JitEngine.create();
    }
    return engine;
  }

  /**
   * Compiles a {@code py-to-arith} module to machine code, with its runtime functions bound. The
   * caller closes the result.
   */
  public static CompiledModule compile(Operation arithModule) {
    Operation llvmModule = JitPipeline.toLlvmDialect(arithModule);
    HostSymbols.check(llvmModule);
    return engine().compile(llvmModule);
  }

  /**
   * Compiles a module already lowered by {@link JitPipeline#toLlvmDialect} to machine code. The
   * caller closes the result.
   */
  public static CompiledModule compileLowered(Operation llvmModule) {
    HostSymbols.check(llvmModule);
    return engine().compile(llvmModule);
  }

  /** Compiles and runs {@code arithModule}, printing to {@code out}. */
  public static JitRun run(Operation arithModule, PrintStream out) {
    long start = System.nanoTime();
    return runLowered(JitPipeline.toLlvmDialect(arithModule), out, start);
  }

  /**
   * Compiles and runs a program already lowered by {@link JitPipeline#toLlvmDialect} (whose
   * module keeps the site and global tables), printing to {@code out}; the compile time counts
   * from {@code start}.
   */
  public static JitRun runLowered(Operation llvmModule, PrintStream out, long start) {
    HostSymbols.check(llvmModule);
    Operation arithModule = llvmModule;
    try (CompiledModule compiled = engine().compile(llvmModule)) {
      MethodHandle main = compiled.function(dev.irc.py.dialect.FuncOp.MAIN, MAIN);
      long compiledAt = System.nanoTime();
      long[] runNanos = new long[1];
      SiteTable sites = StatusProtocol.sites(arithModule);
      try (var context = new RunContext(sites, ModuleLowering.globals(arithModule).size(), out)) {
        RunResult result = StatusProtocol.run(sites, context, runtime -> {
          long callStart = System.nanoTime();
          byte status = callMain(main, runtime);
          runNanos[0] = System.nanoTime() - callStart;
          return (status & 1) != 0;
        });
        return new JitRun(result, compiledAt - start, runNanos[0], compiled.compileTimes());
      }
    }
  }

  private static byte callMain(MethodHandle main, RunContext context) throws StatusProtocol.EngineFailure {
    try {
      return RuntimeBinding.call(context, () -> (byte) main.invokeExact(context.address(), 0L));
    } catch (StatusProtocol.EngineFailure | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
