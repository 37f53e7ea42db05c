package dev.irc.bench;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.text.AsmPrinter;
import dev.irc.ir.text.IrParser;
import dev.irc.ir.text.PrintOptions;
import dev.irc.ir.verify.Verifier;
import dev.irc.tools.AvailableDialects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the IR text path on a module of {@value #OPS} operations from
 * {@link LargeModuleGenerator}: parsing, parsing then verifying, and printing. Scores are in
 * operations per second, so they read directly against the goal of a million ops/s for
 * parse + verify.
 *
 * <p>{@code syntax} selects the input form: {@code custom} ({@code func}/{@code arith}/{@code cf}
 * custom syntax, as written) or {@code generic} (the same IR printed in the generic form).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(TextIrBenchmark.OPS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class TextIrBenchmark {
  /** Operations in the benchmark module (the generator's count is exact). */
  public static final int OPS = 1_000_000;

  @Param({"custom", "generic"})
  public String syntax;

  private IrContext context;
  private String text;
  private Operation module;

  @Setup
  public void setUp() {
    context = AvailableDialects.newContext();
    String custom = LargeModuleGenerator.generate(OPS, 1);
    Operation parsed = IrParser.parseModule(context, new SourceFile("custom.mlir", custom));
    text = syntax.equals("generic") ? AsmPrinter.printToString(parsed, new PrintOptions(true, false)) : custom;
    module = IrParser.parseModule(context, new SourceFile("bench.mlir", text));
    var diagnostics = new DiagnosticEngine();
    if (!Verifier.verify(module, diagnostics)) {
      throw new IllegalStateException("generated module does not verify: " + diagnostics.diagnostics().getFirst());
    }
    int[] count = {0};
    module.walk(op -> count[0]++);
    if (count[0] - 1 != OPS) {
      throw new IllegalStateException("generated module has " + (count[0] - 1) + " ops, expected " + OPS);
    }
  }

  @Benchmark
  public Operation parse() {
    return IrParser.parseModule(context, new SourceFile("bench.mlir", text));
  }

  @Benchmark
  public boolean parseAndVerify() {
    Operation parsed = IrParser.parseModule(context, new SourceFile("bench.mlir", text));
    boolean valid = Verifier.verify(parsed, new DiagnosticEngine());
    if (!valid) {
      throw new IllegalStateException("module stopped verifying");
    }
    return valid;
  }

  @Benchmark
  public String print() {
    return AsmPrinter.printToString(module, new PrintOptions(syntax.equals("generic"), false));
  }
}
