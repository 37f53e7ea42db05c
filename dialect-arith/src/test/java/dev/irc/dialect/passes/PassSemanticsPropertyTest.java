package dev.irc.dialect.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.irc.dialect.testing.TestIr;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.interp.Interpreter;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.ir.text.IrParser;
import dev.irc.ir.verify.Verifier;
import dev.irc.passes.PassManager;
import dev.irc.passes.PassRegistration;
import dev.irc.passes.PassRegistry;
import dev.irc.passes.transforms.TransformPasses;
import dev.irc.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Semantics preservation of the generic transforms on func/arith/cf: for random terminating
 * programs ({@link RandomProgram}), interpreting {@code @main} before and after a pipeline on
 * random inputs gives the same results, or the same kind of error. Inputs on which the
 * original program has undefined behavior are skipped (any result is then correct). A failure
 * reports the seed and the shrunk program.
 */
class PassSemanticsPropertyTest {
  private static final int PROGRAMS = 120;
  private static final int INPUTS = 4;
  private static final PassRegistry REGISTRY =
      PassRegistry.of(new TransformPasses().passes().toArray(PassRegistration[]::new));
  private static final IrContext CONTEXT = TestIr.context();
  private static final List<Long> INTERESTING = List.of(0L, 1L, -1L, 2L, 7L, 63L, 64L, Long.MIN_VALUE, Long.MAX_VALUE);
  private static final List<Double> FLOATS = List.of(0.0, -0.0, 1.5, -2.0, Double.NaN, Double.POSITIVE_INFINITY, 1e300);

  @ParameterizedTest
  @ValueSource(strings = {
      "builtin.module(func.func(canonicalize))",
      "builtin.module(func.func(cse))",
      "builtin.module(func.func(dce))",
      "builtin.module(inline)",
      "builtin.module(func.func(sccp))",
      "builtin.module(func.func(licm))",
      "builtin.module(canonicalize,cse,sccp,licm,inline,canonicalize)"})
  void pipelinePreservesSemantics(String pipeline) {
    Property.forAll(new Property.Options(Property.configuredSeed(), PROGRAMS, 30, 400),
        RandomProgram.programs(), program -> check(pipeline, program.toString()));
  }

  private static Operation parse(String text) {
    Operation module = IrParser.parseModule(CONTEXT, new SourceFile("random.mlir", text));
    var diagnostics = new DiagnosticEngine();
    if (!Verifier.verify(module, diagnostics)) {
      throw new IllegalStateException("generator produced invalid IR: " + diagnostics.diagnostics());
    }
    return module;
  }

  private static void check(String pipeline, String text) {
    Operation before = parse(text);
    Operation after = parse(text);
    var diagnostics = new DiagnosticEngine();
    if (!PassManager.parse(CONTEXT, pipeline, REGISTRY).run(after, diagnostics)) {
      throw new AssertionError("pipeline failed: " + diagnostics.diagnostics());
    }
    if (!Verifier.verify(after, diagnostics)) {
      throw new AssertionError("pipeline produced invalid IR: " + diagnostics.diagnostics() + "\n" + after);
    }
    var random = new SplittableRandom(text.hashCode());
    for (int i = 0; i < INPUTS; i++) {
      List<Object> arguments = List.of(anyLong(random), anyLong(random), random.nextBoolean(),
          FLOATS.get(random.nextInt(FLOATS.size())));
      String expected;
      try {
        expected = describe(new Interpreter().call(before, "main", arguments));
      } catch (InterpreterException e) {
        if (e.kind() == InterpreterException.Kind.UNDEFINED_BEHAVIOR) {
          continue;
        }
        expected = "error " + e.kind();
      }
      String actual;
      try {
        actual = describe(new Interpreter().call(after, "main", arguments));
      } catch (InterpreterException e) {
        actual = "error " + e.kind() + " (" + e.getMessage() + ")";
      }
      assertEquals(expected, actual, "on arguments " + arguments + " after " + pipeline + ":\n" + after);
    }
  }

  private static long anyLong(SplittableRandom random) {
    return random.nextBoolean() ? INTERESTING.get(random.nextInt(INTERESTING.size())) : random.nextLong(-100, 100);
  }

  /** Results as text, floats by their bits (so -0.0 and 0.0 differ; all NaNs are one). */
  private static String describe(List<Object> results) {
    var parts = new ArrayList<String>();
    for (Object result : results) {
      parts.add(result instanceof Double d ? "f" + Long.toHexString(Double.doubleToLongBits(d)) : String.valueOf(result));
    }
    return parts.toString();
  }
}
