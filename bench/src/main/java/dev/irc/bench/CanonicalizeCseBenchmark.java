package dev.irc.bench;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.text.IrParser;
import dev.irc.passes.PassManager;
import dev.irc.passes.PassRegistry;
import dev.irc.tools.AvailableDialects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one run of {@value #PIPELINE} on a freshly parsed module of {@value #OPS} operations
 * from {@link LargeModuleGenerator}, through {@link PassManager} as {@code irc-opt -p} builds
 * it. It is the in-JVM counterpart of {@code run-mlir-compare.sh},
 * which times the same pipeline in {@code irc-opt} and upstream {@code mlir-opt}.
 *
 * <p>Each measured iteration is one pipeline run (single-shot); parsing the module, which the
 * passes change, happens before each iteration and is not measured. {@code threading} runs
 * functions in parallel (irc-opt's default) or one at a time ({@code --disable-threading});
 * {@code verifyEach} verifies after each pass (irc-opt's default; off here by default because
 * verifying one function resolves its calls through a fresh symbol table of the whole module,
 * which makes it quadratic in the number of functions: pass {@code -p verifyEach=true} to measure
 * that).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CanonicalizeCseBenchmark {
  /** Operations in the benchmark module (the generator's count is exact). */
  public static final int OPS = 1_000_000;
  /** The pipeline, as written for {@code irc-opt -p} and {@code mlir-opt -pass-pipeline}. */
  public static final String PIPELINE = "builtin.module(func.func(canonicalize,cse))";

  @Param({"true", "false"})
  public boolean threading;

  @Param({"false"})
  public boolean verifyEach;

  private IrContext context;
  private String text;
  private PassManager passManager;
  private Operation module;

  @Setup(Level.Trial)
  public void generate() {
    context = AvailableDialects.newContext();
    text = LargeModuleGenerator.generate(OPS, 1);
    passManager = PassManager.parse(context, PIPELINE, PassRegistry.loadAvailable())
        .enableVerifier(verifyEach)
        .enableThreading(threading);
  }

  @Setup(Level.Iteration)
  public void parse() {
    module = IrParser.parseModule(context, new SourceFile("bench.mlir", text));
  }

  @Benchmark
  public Operation canonicalizeCse() {
    var diagnostics = new DiagnosticEngine();
    if (!passManager.run(module, diagnostics)) {
      throw new IllegalStateException("pipeline failed: " + diagnostics.diagnostics().getFirst());
    }
    return module;
  }
}
