package dev.irc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.irc.dialect.arith.ArithFlagsAttr;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.interp.Interpreter;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.ir.text.AsmPrinter;
import dev.irc.ir.text.IrParser;
import dev.irc.ir.text.PrintOptions;
import dev.irc.ir.verify.Verifier;
import dev.irc.lit.LitTestDiscovery;
import dev.irc.passes.PassManager;
import dev.irc.passes.PassRegistry;
import dev.irc.tools.AvailableDialects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * irc and upstream {@code mlir-opt} read each other's func/arith/cf text. For every chunk of
 * {@link InteropCorpus}: irc prints it (custom and generic form), mlir-opt reads both and prints
 * them (custom and generic), irc reads all four outputs back, and irc's custom print of each is
 * identical to irc's print of the original. Then a pipeline both tools implement,
 * {@code canonicalize,cse}, runs in each, and irc's interpreter runs both results on the same
 * random inputs. Skipped when mlir-opt is not installed (CI installs {@code mlir-19-tools}).
 *
 * <p>Known difference, reported and normalized here: mlir-opt's generic form spells the default
 * {@code overflowFlags = #arith.overflow<none>} and {@code fastmath = #arith.fastmath<none>} on
 * every op that has them; irc keeps such attributes as written, so they are dropped before the
 * comparison (the custom form of either tool never carries them).
 */
class MlirInteropTest {
  private static final PrintOptions GENERIC = new PrintOptions(true, false);
  private static final String GENERIC_FLAG = "--mlir-print-op-generic";
  private static final String PIPELINE = "builtin.module(func.func(canonicalize,cse))";

  @TestFactory
  Stream<DynamicTest> corpusRoundTripsThroughMlirOpt() throws Exception {
    MlirOpt mlirOpt = requireMlirOpt();
    return InteropCorpus.chunks(LitTestDiscovery.repositoryRoot()).stream()
        .map(chunk -> DynamicTest.dynamicTest(chunk.name(), () -> roundTrip(mlirOpt, chunk)));
  }

  @TestFactory
  Stream<DynamicTest> canonicalizeAndCseAgreeWithMlirOpt() throws Exception {
    MlirOpt mlirOpt = requireMlirOpt();
    return InteropCorpus.chunks(LitTestDiscovery.repositoryRoot()).stream()
        .map(chunk -> DynamicTest.dynamicTest(chunk.name(), () -> samePipelineResults(mlirOpt, chunk)));
  }

  private static MlirOpt requireMlirOpt() {
    Optional<MlirOpt> found = MlirOpt.find();
    assumeTrue(found.isPresent(), "mlir-opt is not installed (Debian: mlir-19-tools); skipping the interop tests");
    return found.get();
  }

  private static void roundTrip(MlirOpt mlirOpt, InteropCorpus.Chunk chunk) throws Exception {
    IrContext context = AvailableDialects.newContext();
    Operation module = shareable(context, chunk);
    String canonical = AsmPrinter.printToString(module, PrintOptions.DEFAULT);
    String generic = AsmPrinter.printToString(module, GENERIC);
    var firstFormOutputs = new ArrayList<String>();
    for (var form : List.of(List.of("custom", canonical), List.of("generic", generic))) {
      var flagSets = List.of(new String[0], new String[] {GENERIC_FLAG});
      for (int f = 0; f < flagSets.size(); f++) {
        String[] flags = flagSets.get(f);
        String what = chunk.name() + ": irc's " + form.get(0) + " form through mlir-opt " + String.join(" ", flags);
        MlirOpt.Result result = mlirOpt.run(form.get(1), flags);
        assertTrue(result.succeeded(), what + " failed:\n" + result.stderr() + "\ninput:\n" + form.get(1));
        Operation back = parse(context, what, result.stdout());
        int dropped = dropDefaultArithFlags(back);
        if (dropped > 0) {
          System.out.println(what + ": dropped " + dropped + " default overflowFlags/fastmath attributes (known difference)");
        }
        assertEquals(canonical, AsmPrinter.printToString(back, PrintOptions.DEFAULT),
            what + ": irc reads mlir-opt's output back as different IR; mlir-opt printed:\n" + result.stdout());
        if (firstFormOutputs.size() < flagSets.size()) {
          firstFormOutputs.add(result.stdout());
        } else {
          assertEquals(firstFormOutputs.get(f), result.stdout(),
              what + ": mlir-opt reads irc's custom and generic forms as different IR");
        }
      }
    }
  }

  /**
   * Runs {@code canonicalize,cse} in both tools and compares irc's interpretation of both results
   * on random inputs (every function whose parameters are all integers).
   */
  private static void samePipelineResults(MlirOpt mlirOpt, InteropCorpus.Chunk chunk) throws Exception {
    IrContext context = AvailableDialects.newContext();
    Operation module = shareable(context, chunk);
    String text = AsmPrinter.printToString(module, PrintOptions.DEFAULT);
    MlirOpt.Result upstream = mlirOpt.run(text, "--pass-pipeline=" + PIPELINE);
    assertTrue(upstream.succeeded(), chunk.name() + ": mlir-opt " + PIPELINE + " failed:\n" + upstream.stderr());
    Operation theirs = parse(context, chunk.name() + " after mlir-opt " + PIPELINE, upstream.stdout());
    Operation ours = parse(context, chunk.name(), text);
    var diagnostics = new DiagnosticEngine();
    assertTrue(PassManager.parse(context, PIPELINE, PassRegistry.loadAvailable()).run(ours, diagnostics),
        chunk.name() + ": irc " + PIPELINE + " failed: " + diagnostics.diagnostics());
    var random = new SplittableRandom(chunk.name().hashCode());
    int compared = 0;
    for (Operation function : FunctionInputs.integerFunctions(ours)) {
      String name = function.attribute("sym_name").orElseThrow().toString().replace("\"", "");
      for (int run = 0; run < 20; run++) {
        List<Object> arguments = FunctionInputs.random(function, random);
        Object expected = outcome(ours, name, arguments);
        Object actual = outcome(theirs, name, arguments);
        assertEquals(expected, actual, chunk.name() + ": @" + name + arguments + " after " + PIPELINE
            + " in irc vs mlir-opt; mlir-opt printed:\n" + upstream.stdout());
        compared++;
      }
    }
    System.out.println(chunk.name() + ": " + compared + " interpreted calls agree after " + PIPELINE + " in both tools");
  }

  /** The chunk parsed and verified by irc, minus the functions that use irc-only ops (listed on stdout). */
  private static Operation shareable(IrContext context, InteropCorpus.Chunk chunk) {
    Operation module = parse(context, chunk.name(), chunk.text());
    for (String skipped : InteropCorpus.removeIrcOnly(module)) {
      System.out.println(chunk.name() + ": skipped irc-only " + skipped);
    }
    return module;
  }

  private static Operation parse(IrContext context, String name, String text) {
    Operation module;
    try {
      module = IrParser.parseModule(context, new SourceFile(name, text));
    } catch (DiagnosticException e) {
      throw new AssertionError(name + ": irc cannot parse:\n" + e.diagnostics() + "\ntext:\n" + text, e);
    }
    var diagnostics = new DiagnosticEngine();
    assertTrue(Verifier.verify(module, diagnostics), name + ": does not verify in irc: " + diagnostics.diagnostics());
    return module;
  }

  private static int dropDefaultArithFlags(Operation module) {
    int[] dropped = {0};
    module.walk(op -> {
      for (String name : List.of("overflowFlags", "fastmath")) {
        if (op.attribute(name).orElse(null) instanceof ArithFlagsAttr flags && flags.isNone()) {
          op.removeAttribute(name);
          dropped[0]++;
        }
      }
    });
    return dropped[0];
  }

  /** The function's results, or the kind of error it stopped with (both tools' IR must agree on either). */
  private static Object outcome(Operation module, String name, List<Object> arguments) {
    try {
      return new Interpreter(new Interpreter.Limits(200_000, 64)).call(module, name, arguments);
    } catch (InterpreterException e) {
      return "error: " + e.kind();
    }
  }
}
