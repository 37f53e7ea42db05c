package dev.irc.targets.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.irc.dialect.arith.ArithDialect;
import dev.irc.dialect.cf.CfDialect;
import dev.irc.dialect.func.FuncDialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.text.IrParser;
import dev.irc.py.conversion.toarith.runtime.StatusProtocol;
import dev.irc.py.semantics.FloatRepr;
import dev.irc.py.semantics.PyInt;
import dev.irc.py.semantics.Rounding;
import dev.irc.targets.jit.CompiledModule;
import dev.irc.targets.run.JitProgramRunner;
import dev.irc.testkit.Gen;
import dev.irc.testkit.Gens;
import dev.irc.testkit.Property;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The IR runtime compiled by the JIT against the Java semantics the evaluator uses (which agree
 * with CPython, see SemanticsDifferentialTest): float repr, round(x, n), int true division.
 */
class IrRuntimeTest {
  private static final String MODULE = """
      module attributes {irc.globals = [], irc.sites = [], irc.strings = []} {
        func.func private @irc_print_f64(f64)
        func.func private @irc_round_f64_digits(f64, i64) -> (f64, i1)
        func.func private @irc_int_truediv(i64, i64) -> (f64, i1)
        func.func @repr(%x: f64) {
          func.call @irc_print_f64(%x) : (f64) -> ()
          return
        }
        func.func @round_digits(%x: f64, %n: i64) {
          %r:2 = func.call @irc_round_f64_digits(%x, %n) : (f64, i64) -> (f64, i1)
          cf.cond_br %r#1, ^raised, ^print
        ^print:
          func.call @irc_print_f64(%r#0) : (f64) -> ()
          return
        ^raised:
          return
        }
        func.func @true_divide(%a: i64, %b: i64) {
          %r:2 = func.call @irc_int_truediv(%a, %b) : (i64, i64) -> (f64, i1)
          cf.cond_br %r#1, ^raised, ^print
        ^print:
          func.call @irc_print_f64(%r#0) : (f64) -> ()
          return
        ^raised:
          return
        }
      }
      """;

  private static Operation module;
  private static CompiledModule compiled;
  private static MethodHandle repr;
  private static MethodHandle roundDigits;
  private static MethodHandle trueDivide;

  @BeforeAll
  static void compile() {
    var context = IrContext.of(new FuncDialect(), new ArithDialect(), new CfDialect());
    module = IrParser.parseModule(context, new SourceFile("runtime-test.mlir", MODULE));
    compiled = JitProgramRunner.compile(module);
    repr = compiled.function("repr", FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_DOUBLE));
    roundDigits = compiled.function("round_digits",
        FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_LONG));
    trueDivide = compiled.function("true_divide",
        FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
  }

  @AfterAll
  static void release() {
    compiled.close();
  }

  /** What one call of compiled code printed, and the deoptimization site or exception it left. */
  private record Outcome(String printed, Long deoptSite, String error) {}

  @FunctionalInterface
  private interface NativeCall {
    void call(MemorySegment context) throws Throwable;
  }

  private static Outcome run(NativeCall call) throws Throwable {
    var bytes = new ByteArrayOutputStream();
    var context = new RunContext(StatusProtocol.sites(module), 0, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try (context) {
      call.call(context.address());
      context.commit();
      var error = context.pendingError();
      return new Outcome(bytes.toString(StandardCharsets.UTF_8), context.deoptSite(),
          error == null ? null : error.exception().getMessage());
    }
  }

  private static String reprOf(double x) throws Throwable {
    return run(c -> {
      repr.invokeExact(c, x);
    }).printed();
  }

  @Test
  void reprOfSpecialValuesIsPythons() throws Throwable {
    var values = new ArrayList<>(Gens.SPECIAL_DOUBLES);
    values.addAll(List.of(1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001234, 123.0, 0.1, 0.3, 2.0 / 3,
        Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 5e-324, 1.7976931348623157e308, 123456789012345678.0));
    for (double x : values) {
      assertEquals(FloatRepr.repr(x), reprOf(x), () -> "repr of " + x + " (bits " + Long.toHexString(Double.doubleToRawLongBits(x)) + ")");
    }
  }

  @Test
  void reprOfEveryPowerOfTwoIsPythons() throws Throwable {
    for (int e = -1074; e <= 1023; e++) {
      double x = Math.scalb(1.0, e);
      assertEquals(FloatRepr.repr(x), reprOf(x), "repr of 2**" + e);
      assertEquals(FloatRepr.repr(-x), reprOf(-x), "repr of -2**" + e);
    }
  }

  @Test
  void reprOfRandomBitPatternsIsPythons() {
    Gen<Double> bitPatterns = Gens.longs().map(Double::longBitsToDouble);
    Property.forAll(Property.Options.defaults().withTrials(20_000), Gens.oneOf(bitPatterns, Gens.doubles()), x -> {
      try {
        assertEquals(FloatRepr.repr(x), reprOf(x), "repr of " + x);
      } catch (Throwable t) {
        throw new AssertionError(t);
      }
    });
  }

  @Test
  void roundWithDigitsIsPythons() {
    Gen<Long> digits = Gens.longs(0, 30);
    Property.forAll(Property.Options.defaults().withTrials(5_000), Gens.pairs(Gens.doubles(), digits), p -> {
      String expected = FloatRepr.repr((Double) Rounding.round(p.first(), p.second()));
      try {
        assertEquals(expected, run(c -> {
          roundDigits.invokeExact(c, (double) p.first(), (long) p.second());
        }).printed(),
            "round(" + p.first() + ", " + p.second() + ")");
      } catch (Throwable t) {
        throw new AssertionError(t);
      }
    });
  }

  @Test
  void intTrueDivisionIsExactOrDeoptimizes() {
    Property.forAll(Property.Options.defaults().withTrials(5_000), Gens.pairs(Gens.longs(), Gens.longs()), p -> {
      try {
        Outcome outcome = run(c -> {
          trueDivide.invokeExact(c, (long) p.first(), (long) p.second());
        });
        boolean exactRange = Math.abs(Math.max(p.first(), -Long.MAX_VALUE)) <= 1L << 53
            && Math.abs(Math.max(p.second(), -Long.MAX_VALUE)) <= 1L << 53;
        if (p.second() == 0) {
          assertEquals("ZeroDivisionError: division by zero", outcome.error());
        } else if (exactRange) {
          assertEquals(FloatRepr.repr((Double) PyInt.trueDiv(p.first(), p.second())), outcome.printed());
          assertNull(outcome.deoptSite());
        } else {
          assertEquals(-1L, outcome.deoptSite(), "a / b beyond 2**53 deoptimizes");
        }
      } catch (AssertionError e) {
        throw e;
      } catch (Throwable t) {
        throw new AssertionError(t);
      }
    });
  }
}
