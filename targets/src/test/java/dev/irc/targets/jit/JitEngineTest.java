package dev.irc.targets.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.dialect.arith.ArithDialect;
import dev.irc.dialect.cf.CfDialect;
import dev.irc.dialect.func.FuncDialect;
import dev.irc.dialect.llvm.LlvmDialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.interp.Interpreter;
import dev.irc.ir.text.IrParser;
import dev.irc.testkit.Gens;
import dev.irc.testkit.Property;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles func/arith/cf kernels written as IR text with the JIT and checks them against the IR interpreter. */
class JitEngineTest {
  private static JitEngine engine;
  private static Operation kernels;
  private static CompiledModule compiled;

  @BeforeAll
  static void compileKernels() throws IOException {
    engine = JitEngine.create();
    kernels = parse(resource("kernels.mlir"));
    compiled = engine.compile(kernels);
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
    assertTrue(compiled.isClosed(), "closing the engine closes its modules");
  }

  static IrContext context() {
    return IrContext.of(new FuncDialect(), new ArithDialect(), new CfDialect(), new LlvmDialect());
  }

  static Operation parse(String text) {
    return IrParser.parseModule(context(), new SourceFile("test.mlir", text));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = JitEngineTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Object interpret(String function, Object... arguments) {
    return new Interpreter().call(kernels, function, List.of(arguments)).getFirst();
  }

  @Test
  void compileTimesCoverEveryStage() {
    CompileTimes times = compiled.compileTimes();
    assertTrue(times.lowerNanos() > 0 && times.translateNanos() > 0 && times.optimizeNanos() > 0
        && times.codegenNanos() > 0, times.toString());
    assertEquals(times.lowerNanos() + times.translateNanos() + times.optimizeNanos() + times.codegenNanos(),
        times.totalNanos());
  }

  @Test
  void fixedValues() {
    assertEquals(55L, compiled.invokeLong("fib", 10));
    assertEquals(12586269025L, compiled.invokeLong("fib", 50));
    assertEquals(6765L, compiled.invokeLong("fib_rec", 20));
    assertEquals(6L, compiled.invokeLong("gcd", 48, -18));
    assertEquals(111L, compiled.invokeLong("collatz_steps", 27));
    assertEquals(7L, compiled.invokeLong("overflow_add", 3, 4));
    assertEquals(100L + Long.MIN_VALUE % 100, compiled.invokeLong("overflow_add", Long.MAX_VALUE, 1));
  }

  @Test
  void integerKernelsAgreeWithTheInterpreter() {
    Property.forAll(Gens.pairs(Gens.longs(-1_000_000, 1_000_000), Gens.longs(-1000, 1000)), 300, pair -> {
      long a = pair.first();
      long b = pair.second();
      assertEquals(interpret("gcd", a, b), compiled.invokeLong("gcd", a, b), "gcd");
      if (b != 0) {
        assertEquals(interpret("floor_mix", a, b), compiled.invokeLong("floor_mix", a, b), "floor_mix");
      }
      assertEquals(interpret("overflow_add", a * 1_000_000_000_000L, b), compiled.invokeLong("overflow_add", a * 1_000_000_000_000L, b));
      long n = Math.floorMod(a, 90);
      assertEquals(interpret("fib", n), compiled.invokeLong("fib", n), "fib");
      long m = Math.floorMod(a, 100_000) + 1;
      assertEquals(interpret("collatz_steps", m), compiled.invokeLong("collatz_steps", m), "collatz");
    });
  }

  @Test
  void checkedArithmeticReportsOverflowOnExtremes() {
    Property.forAll(Gens.pairs(Gens.longs(), Gens.longs()), 300, pair -> assertEquals(
        interpret("overflow_add", pair.first(), pair.second()),
        compiled.invokeLong("overflow_add", pair.first(), pair.second())));
  }

  @Test
  void recursiveFibAgreesWithTheInterpreter() {
    Property.forAll(Gens.longs(0, 18), 20, n -> assertEquals(interpret("fib_rec", n), compiled.invokeLong("fib_rec", n)));
  }

  @Test
  void floatLoopIsBitExact() {
    Property.forAll(Gens.pairs(Gens.doubles(-1e3, 1e3), Gens.longs(0, 200)), 200, pair -> {
      double expected = (double) interpret("float_loop", pair.first(), pair.second());
      double actual = (double) compiled.invoke("float_loop", pair.first(), pair.second());
      assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
          () -> "float_loop(" + pair.first() + ", " + pair.second() + "): " + expected + " vs " + actual);
    });
  }

  @Test
  void multiplyAddIsNotContractedIntoAnFma() {
    // a*b+c with a = b = 1 + 2^-30 and c = -(1 + 2^-29): rounding the product loses 2^-60, an FMA keeps it.
    double a = 1 + Math.scalb(1.0, -30);
    double c = -(1 + Math.scalb(1.0, -29));
    double separate = a * a + c;
    assertTrue(separate != Math.fma(a, a, c), "the probe distinguishes fused from separate rounding");
    assertEquals(separate, compiled.invokeDouble("fma_probe", a, a, c));
  }

  @Test
  void processSymbolsResolve() {
    String text = """
        llvm.func @putchar(i32) -> i32
        llvm.func @emit() -> i32 {
          %c = llvm.mlir.constant(10 : i32) : i32
          %r = llvm.call @putchar(%c) : (i32) -> i32
          llvm.return %r : i32
        }
        """;
    try (CompiledModule module = engine.compile(parse(text))) {
      assertEquals(10, (int) module.invoke("emit"));
    }
  }

  @Test
  void modulesDefiningTheSameNameDoNotClash() {
    String text = "func.func @k() -> i64 {\n  %c = arith.constant %V : i64\n  return %c : i64\n}\n";
    try (CompiledModule one = engine.compile(parse(text.replace("%V", "1")));
        CompiledModule two = engine.compile(parse(text.replace("%V", "2")))) {
      assertEquals(1L, one.invokeLong("k"));
      assertEquals(2L, two.invokeLong("k"));
    }
  }

  @Test
  void closedModulesRefuseCalls() {
    CompiledModule module = engine.compile(parse("func.func @one() -> i64 {\n  %c = arith.constant 1 : i64\n  return %c : i64\n}\n"));
    module.close();
    module.close();
    assertThrows(IllegalStateException.class, () -> module.invokeLong("one"));
  }

  @Test
  void unloweredOpsAreReported() {
    var module = parse("func.func @f(%a: i64) -> f64 {\n  %x = \"builtin.unrealized_conversion_cast\"(%a) : (i64) -> f64\n  return %x : f64\n}\n");
    assertThrows(JitException.class, () -> engine.compile(module));
  }

  @Test
  void multiResultFunctionsReturnStructs() {
    String text = """
        func.func private @swap(%a: i64, %b: i64) -> (i64, i64) {
          return %b, %a : i64, i64
        }
        func.func @difference(%a: i64, %b: i64) -> i64 {
          %r:2 = func.call @swap(%a, %b) : (i64, i64) -> (i64, i64)
          %d = arith.subi %r#0, %r#1 : i64
          return %d : i64
        }
        """;
    try (CompiledModule module = engine.compile(parse(text))) {
      assertEquals(7L, module.invokeLong("difference", 2, 9));
    }
  }
}
