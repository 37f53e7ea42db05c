package dev.irc.targets.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedding API on one module of small kernels: results, fallbacks, exceptions and the specialization cache. */
class PythonModuleTest {
  static final String KERNELS = """
      SCALE = 3
      BIG = 2 ** 70
      counter = 0

      def fib(n):
          if n < 2:
              return n
          return fib(n - 1) + fib(n - 2)

      def fact(n):
          r = 1
          for i in range(2, n + 1):
              r *= i
          return r

      def hypot2(x, y):
          return x * x + y * y

      def exclusive(a, b):
          return a != b

      def div(a, b):
          return a // b

      def scaled(x, k=2):
          return x * k * SCALE

      def half_or_int(n):
          if n > 0:
              return n
          return 0.5

      def bump(k):
          global counter
          counter += k
          return counter

      def big_plus(n):
          return BIG + n

      def ghost():
          return missing_name + 1

      def down(n):
          return down(n + 1)

      def is_none(x):
          return x is None

      def show(x):
          print("x =", x)
          return x + 1

      def noisy_fact(n):
          print("computing", n)
          return fact(n)

      print("imported", SCALE)
      """;

  private static final ByteArrayOutputStream OUTPUT = new ByteArrayOutputStream();
  private static PythonModule kernels;

  @BeforeAll
  static void compile() {
    kernels = PythonModule.compile(KERNELS, "kernels.py", new PrintStream(OUTPUT, true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void close() {
    kernels.close();
  }

  /** What the module printed since the last call of this method. */
  private static String printed() {
    synchronized (OUTPUT) {
      String text = OUTPUT.toString(StandardCharsets.UTF_8);
      OUTPUT.reset();
      return text;
    }
  }

  /** The example of README.md's "Embedding from Java", line for line, with its results checked. */
  @Test
  void readmeExample() {
    String source = """
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)

        def fact(n):
            r = 1
            for i in range(2, n + 1):
                r *= i
            return r

        def div(a, b):
            return a // b
        """;
    try (PythonModule m = PythonModule.compile(source, "kernels.py")) {
      PythonFunction fib = m.function("fib");
      long v = fib.callLong(30L);                    // compiled as @fib$i64 on this first call
      Object big = m.function("fact").call(25L);     // overflows i64: reruns on the evaluator
      boolean compiled = fib.isCompiled(long.class); // fib.explain(long.class) says why (not)
      try {
        m.function("div").call(1L, 0L);
      } catch (PythonException e) {
        String trace = e.traceback();                // as CPython prints it
        assertEquals("ZeroDivisionError", e.type());
        assertTrue(trace.endsWith("ZeroDivisionError: integer division or modulo by zero\n"), trace);
      }
      assertEquals(832040L, v);
      assertEquals(new BigInteger("15511210043330985984000000"), big);
      assertTrue(compiled);
    }
  }

  @Test
  void topLevelCodeRanOnceAtCompileTime() {
    try (PythonModule m = PythonModule.compile("print('hello')\nX = 1\n", "hello.py",
        new PrintStream(OUTPUT, true, StandardCharsets.UTF_8))) {
      printed();
      assertEquals(List.of(), m.functionNames());
    }
    var out = new ByteArrayOutputStream();
    try (PythonModule m = PythonModule.compile(KERNELS, "kernels.py", new PrintStream(out, true, StandardCharsets.UTF_8))) {
      assertEquals("imported 3\n", out.toString(StandardCharsets.UTF_8));
      assertEquals(List.of("fib", "fact", "hypot2", "exclusive", "div", "scaled", "half_or_int", "bump", "big_plus", "ghost",
          "down", "is_none", "show", "noisy_fact"), m.functionNames());
    }
  }

  @Test
  void intFunctionIsCompiled() {
    PythonFunction fib = kernels.function("fib");
    assertEquals(832040L, fib.call(30L));
    assertEquals(832040L, fib.callLong(30));
    assertTrue(fib.isCompiled(long.class));
    assertEquals("fib$i64", fib.specialize(long.class).symbol().orElseThrow());
    assertEquals(List.of(long.class), fib.specialize(long.class).argumentTypes());
  }

  @Test
  void floatAndBoolFunctions() {
    PythonFunction hypot2 = kernels.function("hypot2");
    assertEquals(25.0, hypot2.callDouble(3.0, 4.0));
    assertEquals(25L, hypot2.call(3L, 4L));
    assertEquals(0.5, hypot2.call(0.5, 0.5));
    assertTrue(hypot2.isCompiled(double.class, double.class));
    PythonFunction exclusive = kernels.function("exclusive");
    assertTrue(exclusive.callBoolean(true, false));
    assertFalse(exclusive.callBoolean(true, true));
    assertTrue(exclusive.isCompiled(boolean.class, boolean.class));
  }

  @Test
  void noneArgumentsAndResults() {
    PythonFunction isNone = kernels.function("is_none");
    assertEquals(true, isNone.call((Object) null));
    assertEquals(true, isNone.call((Object[]) null));
    assertEquals(false, isNone.call(1L));
    assertTrue(isNone.isCompiled(Void.class));
  }

  @Test
  void bigIntegerArgumentInRangeUsesTheI64Specialization() {
    PythonFunction fact = kernels.function("fact");
    assertEquals(2432902008176640000L, fact.call(BigInteger.valueOf(20)));
    PythonSpecialization specialization = fact.specialize(long.class);
    assertTrue(specialization.isCompiled());
    assertTrue(fact.specializations().contains(specialization));
  }

  @Test
  void bigIntegerArgumentOutOfRangeRunsOnTheEvaluator() {
    BigInteger big = BigInteger.TWO.pow(70);
    assertEquals(big.multiply(big).add(BigInteger.ONE), kernels.function("hypot2").call(big, 1L));
    assertEquals(false, kernels.function("exclusive").call(big, big));
    assertEquals(big.multiply(BigInteger.valueOf(6)), kernels.function("scaled").call(big));
  }

  @Test
  void overflowInCompiledCodeFallsBackToTheExactResult() {
    PythonFunction fact = kernels.function("fact");
    assertEquals(new BigInteger("15511210043330985984000000"), fact.call(25L));
    assertEquals(new BigInteger("15511210043330985984000000"), fact.callBigInteger(25));
    assertTrue(fact.isCompiled(long.class));
    assertEquals(120L, fact.callLong(5L));
    assertThrows(ArithmeticException.class, () -> fact.callLong(25L));
  }

  @Test
  void deoptimizedCallPrintsItsOutputOnce() {
    printed();
    assertEquals(new BigInteger("30414093201713378043612608166064768844377641568960512000000000000"),
        kernels.function("noisy_fact").call(50L));
    assertEquals("computing 50\n", printed());
    assertEquals(42L, kernels.function("show").call(41L));
    assertEquals("x = 41\n", printed());
    assertTrue(kernels.function("show").isCompiled(long.class));
  }

  @Test
  void globalsFixedByTheTopLevelCodeAreReadByCompiledCode() {
    PythonFunction scaled = kernels.function("scaled");
    assertEquals(30L, scaled.call(5L));
    assertEquals(22.5, scaled.call(5L, 1.5));
    assertTrue(scaled.isCompiled(long.class));
    assertTrue(scaled.isCompiled(long.class, double.class));
    PythonFunction bigPlus = kernels.function("big_plus");
    assertEquals(BigInteger.TWO.pow(70).add(BigInteger.ONE), bigPlus.call(1L));
    assertFalse(bigPlus.isCompiled(long.class));
    assertTrue(bigPlus.explain(long.class).contains("global 'BIG' holds an int that does not fit in 64 bits"),
        bigPlus.explain(long.class));
  }

  @Test
  void globalsAssignedByFunctionsStayWithTheEvaluator() {
    try (PythonModule m = PythonModule.compile(KERNELS, "kernels.py", new PrintStream(new ByteArrayOutputStream()))) {
      PythonFunction bump = m.function("bump");
      assertEquals(2L, bump.call(2L));
      assertEquals(5L, bump.call(3L));
      assertFalse(bump.isCompiled(long.class));
      assertTrue(bump.explain(long.class).contains("kernels.py:35:5: global 'counter' is assigned by function 'bump'"),
          bump.explain(long.class));
    }
  }

  @Test
  void untypedFunctionRunsOnTheEvaluator() {
    PythonFunction halfOrInt = kernels.function("half_or_int");
    assertEquals(5L, halfOrInt.call(5L));
    assertEquals(0.5, halfOrInt.call(-1L));
    assertFalse(halfOrInt.isCompiled(long.class));
    assertTrue(halfOrInt.specialize(long.class).symbol().isEmpty());
    String explanation = halfOrInt.explain(long.class);
    assertTrue(explanation.startsWith("half_or_int(int): runs on the reference evaluator\n"), explanation);
    assertTrue(explanation.contains("kernels.py:"), explanation);
  }

  @Test
  void pythonExceptionCarriesCPythonsMessageAndTraceback() {
    PythonFunction div = kernels.function("div");
    assertTrue(div.isCompiled(long.class, long.class));
    String traceback = """
        Traceback (most recent call last):
          File "kernels.py", line 23, in div
            return a // b
        ZeroDivisionError: integer division or modulo by zero
        """;
    PythonException compiled = assertThrows(PythonException.class, () -> div.call(1L, 0L));
    assertEquals("ZeroDivisionError", compiled.type());
    assertEquals("integer division or modulo by zero", compiled.pythonMessage());
    assertEquals("ZeroDivisionError: integer division or modulo by zero", compiled.getMessage());
    assertEquals(traceback, compiled.traceback());
    PythonException evaluated = assertThrows(PythonException.class, () -> div.call(BigInteger.TWO.pow(80), 0L));
    assertEquals(traceback, evaluated.traceback());
    PythonException floatDivision = assertThrows(PythonException.class, () -> div.call(1.0, 0.0));
    assertEquals("ZeroDivisionError: float floor division by zero", floatDivision.getMessage());
  }

  @Test
  void recursionErrorAndNameError() {
    PythonException recursion = assertThrows(PythonException.class, () -> kernels.function("down").call(0L));
    assertEquals("RecursionError: maximum recursion depth exceeded", recursion.getMessage());
    PythonException evaluated = assertThrows(PythonException.class, () -> kernels.function("down").call(BigInteger.TWO.pow(70)));
    assertEquals("""
        Traceback (most recent call last):
          File "kernels.py", line 45, in down
            return down(n + 1)
          File "kernels.py", line 45, in down
            return down(n + 1)
          File "kernels.py", line 45, in down
            return down(n + 1)
          [Previous line repeated 997 more times]
        RecursionError: maximum recursion depth exceeded
        """, evaluated.traceback());
    // Compiled code raises RecursionError in the callee's entry block, so its traceback has one
    // more frame ("line 44, in down") than the evaluator's (and irc run's has it too).
    assertTrue(recursion.traceback().startsWith(evaluated.traceback().substring(0, evaluated.traceback().indexOf("RecursionError"))),
        recursion.traceback());
    PythonException name = assertThrows(PythonException.class, () -> kernels.function("ghost").call());
    assertEquals("NameError: name 'missing_name' is not defined", name.getMessage());
  }

  @Test
  void wrongArgumentCountIsCPythonsTypeError() {
    PythonFunction fib = kernels.function("fib");
    assertEquals("TypeError: fib() missing 1 required positional argument: 'n'",
        assertThrows(PythonException.class, fib::call).getMessage());
    assertEquals("TypeError: fib() takes 1 positional argument but 2 were given",
        assertThrows(PythonException.class, () -> fib.call(1L, 2L)).getMessage());
    assertEquals("TypeError: scaled() takes from 1 to 2 positional arguments but 3 were given",
        assertThrows(PythonException.class, () -> kernels.function("scaled").call(1L, 2L, 3L)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> fib.call("30"));
  }

  @Test
  void unknownFunctionSuggestsTheClosestName() {
    var e = assertThrows(IllegalArgumentException.class, () -> kernels.function("fibo"));
    assertEquals("kernels.py has no function 'fibo'; did you mean 'fib'?", e.getMessage());
    var none = assertThrows(IllegalArgumentException.class, () -> kernels.function("SCALE"));
    assertTrue(none.getMessage().startsWith("kernels.py has no function 'SCALE'; its functions are fib, fact, "), none.getMessage());
  }

  @Test
  void compileErrorsCarryTheLocatedDiagnostic() {
    var syntax = assertThrows(PythonCompileException.class, () -> PythonModule.compile("def f(:\n    return 1\n", "bad.py"));
    assertTrue(syntax.getMessage().startsWith("bad.py:1:7: error: "), syntax.getMessage());
    assertTrue(syntax.getMessage().contains("def f(:\n      ^"), syntax.getMessage());
    assertEquals(1, syntax.diagnostics().size());
    var unsupported = assertThrows(PythonCompileException.class, () -> PythonModule.compile("class A:\n    pass\n", "cls.py"));
    assertTrue(unsupported.getMessage().startsWith("cls.py:1:1: error: "), unsupported.getMessage());
  }

  @Test
  void exceptionInTopLevelCodeFailsTheCompile() {
    var e = assertThrows(PythonException.class, () -> PythonModule.compile("x = 1\ny = x // 0\n", "boom.py"));
    assertEquals("""
        Traceback (most recent call last):
          File "boom.py", line 2, in <module>
            y = x // 0
        ZeroDivisionError: integer division or modulo by zero
        """, e.traceback());
  }

  @Test
  void specializationsAreCachedPerSignature() {
    try (PythonModule m = PythonModule.compile(KERNELS, "kernels.py", new PrintStream(new ByteArrayOutputStream()))) {
      PythonFunction fib = m.function("fib");
      assertEquals(List.of(), fib.specializations());
      assertEquals(55L, fib.call(10L));
      PythonSpecialization ints = fib.specialize(long.class);
      assertEquals(List.of(ints), fib.specializations());
      assertEquals(6765L, fib.call(20L));
      assertSame(ints, fib.specialize(long.class));
      assertSame(ints, fib.specialize(Integer.class));
      assertEquals(1, fib.specializations().size());
      assertEquals(55.0, fib.call(10.0));
      PythonSpecialization floats = fib.specialize(double.class);
      assertNotSame(ints, floats);
      assertTrue(floats.isCompiled());
      assertEquals("fib$f64", floats.symbol().orElseThrow());
      assertEquals(2, fib.specializations().size());
      assertEquals(55L, fib.call(10L));
      assertEquals(2, fib.specializations().size());
    }
  }

  @Test
  void closeReleasesCompiledCode() {
    PythonModule m = PythonModule.compile(KERNELS, "kernels.py", new PrintStream(new ByteArrayOutputStream()));
    PythonFunction fib = m.function("fib");
    assertEquals(55L, fib.call(10L));
    PythonSpecialization specialization = fib.specialize(long.class);
    assertFalse(specialization.isReleased());
    m.close();
    assertTrue(m.isClosed());
    assertTrue(specialization.isReleased());
    assertThrows(IllegalStateException.class, () -> fib.call(10L));
    assertThrows(IllegalStateException.class, () -> fib.specialize(long.class));
    m.close();
  }

  @Test
  void resultTypeMismatchIsReported() {
    assertThrows(ClassCastException.class, () -> kernels.function("hypot2").callLong(1.0, 1.0));
    assertThrows(ClassCastException.class, () -> kernels.function("hypot2").callDouble(1L, 1L));
  }
}
