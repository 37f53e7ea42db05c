package dev.irc.bench;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.text.IrParser;
import dev.irc.py.conversion.toarith.ModuleLowering;
import dev.irc.py.conversion.toarith.ProgramTypes;
import dev.irc.py.conversion.toarith.TypeInference;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.targets.jit.CompiledModule;
import dev.irc.targets.embed.PythonFunction;
import dev.irc.targets.embed.PythonModule;
import dev.irc.targets.jit.JitEngine;
import dev.irc.targets.run.JitProgramRunner;
import dev.irc.tools.AvailableDialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JIT on a warm JVM: {@link Compile} measures compiling each kernel of {@code bench/kernels}
 * from Python source to machine code (import, type inference, py-to-arith, canonicalize/cse,
 * convert-to-llvm, LLVM O2, ORC linking), {@link Call} the cost of calling a trivial
 * JIT-compiled {@code (i64) -> i64} function from Java through its {@code java.lang.foreign}
 * downcall handle, and {@link EmbeddedCall} the same call through the embedding API. Run from
 * the repository root (the kernels are read from {@code bench/kernels}).
 */
public class JitBenchmark {
  private JitBenchmark() {}

  /** Compile time per kernel, in milliseconds. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
  public static class Compile {
    @Param({"sum_range", "fib", "collatz", "primes", "mandelbrot", "leibniz_pi", "nbody", "gcd_sum"})
    public String kernel;

    private SourceFile source;

    @Setup
    public void setUp() {
      Path file = Path.of("bench", "kernels", kernel + ".py");
      try {
        source = new SourceFile(file.toString(), Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException("run the benchmark from the repository root", e);
      }
    }

    @Benchmark
    public Object compileKernel() {
      IrContext context = AvailableDialects.newContext();
      Operation module = PythonImporter.importSource(source, context);
      ProgramTypes types = TypeInference.infer(module);
      ModuleLowering.lower(module, types, context);
      try (CompiledModule compiled = JitProgramRunner.compile(module)) {
        return compiled.address("__main__");
      }
    }
  }

  /** Java to JIT call overhead of a trivial {@code (i64) -> i64} function, in nanoseconds. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
  public static class Call {
    private static final String MODULE = """
        module {
          func.func @inc(%x: i64) -> i64 {
            %one = arith.constant 1 : i64
            %r = arith.addi %x, %one : i64
            func.return %r : i64
          }
        }
        """;

    private JitEngine engine;
    private CompiledModule compiled;
    private MethodHandle inc;
    private long argument = 41;

    @Setup
    public void setUp() {
      engine = JitEngine.create();
      Operation module = IrParser.parseModule(AvailableDialects.newContext(), new SourceFile("inc.mlir", MODULE));
      compiled = engine.compile(module);
      inc = compiled.function("inc", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
    }

    @Benchmark
    public long callIncrement() throws Throwable {
      return (long) inc.invokeExact(argument);
    }

    @TearDown
    public void tearDown() {
      compiled.close();
      engine.close();
    }
  }

  /**
   * The same call through the embedding API ({@link PythonFunction}): argument conversion, the
   * specialization lookup, the runtime binding and the status protocol around the downcall, in
   * nanoseconds.
   */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
  public static class EmbeddedCall {
    private PythonModule module;
    private PythonFunction inc;
    private long argument = 41;

    @Setup
    public void setUp() {
      module = PythonModule.compile("def inc(x):\n    return x + 1\n", "inc.py");
      inc = module.function("inc");
    }

    @Benchmark
    public long callLong() {
      return inc.callLong(argument);
    }

    @TearDown
    public void tearDown() {
      module.close();
    }
  }
}
