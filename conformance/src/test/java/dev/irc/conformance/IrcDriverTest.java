package dev.irc.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.tools.run.IrcMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code irc} driver's behaviour around the evaluator: diagnostics, tracebacks, options. */
class IrcDriverTest {
  @TempDir
  Path dir;

  private record Result(int code, String out, String err) {}

  private Result irc(String program, String... args) throws IOException {
    Path file = dir.resolve("prog.py");
    Files.writeString(file, program);
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    var arguments = new java.util.ArrayList<>(List.of(args));
    arguments.add(file.toString());
    int code = IrcMain.run(arguments, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void unsupportedConstructIsALocatedDiagnostic() throws IOException {
    Result r = irc("x = 1\nprint([x])\n", "run", "--interp");
    assertEquals(1, r.code());
    assertEquals(dir.resolve("prog.py") + ":2:7: error: a list is not supported by irc\nprint([x])\n      ^\n", r.err());
  }

  @Test
  void uncaughtExceptionPrintsTracebackAndKeepsStdout() throws IOException {
    Result r = irc("print('before')\ndef f(x):\n    return 1 / x\nf(0)\n", "run", "--interp");
    assertEquals(1, r.code());
    assertEquals("before\n", r.out());
    assertTrue(r.err().startsWith("Traceback (most recent call last):\n  File \""), r.err());
    assertTrue(r.err().contains("line 3, in f\n    return 1 / x\n"), r.err());
    assertTrue(r.err().endsWith("ZeroDivisionError: division by zero\n"), r.err());
  }

  @Test
  void runWithoutAModeCompilesTheProgram() throws IOException {
    Result r = irc("x = 40\nprint(x + 2)\n", "run", "--explain");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("program: compiled (x86-64 JIT)"), r.out());
    Result run = irc("x = 40\nprint(x + 2)\n", "run");
    assertEquals(0, run.code(), run.err());
    assertEquals("42\n", run.out());
  }

  /** Every math function with scalar arguments and a scalar result is compiled, not left to the evaluator. */
  @Test
  void explainReportsTheMathModuleCompiled() throws IOException {
    String program = """
        import math
        def floats(x, y, n):
            print(math.erf(x), math.erfc(x), math.gamma(x), math.lgamma(x), math.cbrt(x), math.exp2(x))
            print(math.asinh(x), math.acosh(x + 1.0), math.atanh(x / 4), math.ulp(x), math.expm1(x), math.log1p(x))
            print(math.remainder(x, y), math.nextafter(x, y), math.ldexp(x, n), math.hypot(x, y, x), math.log(x, y))
        def ints(a, b):
            print(math.factorial(a), math.isqrt(a * b), math.comb(a, b), math.perm(a, b), math.perm(a))
            print(math.gcd(a, b, 6), math.lcm(a, b, 4), math.gcd(), math.lcm(a), pow(a, b, 7), pow(a, -1, 11))
            print(int("12") + a, float(" 1e3 ") + b, pow(2.0, 0.5), pow(a, 2))
        floats(1.5, 0.75, 3)
        ints(10, 3)
        """;
    Result explain = irc(program, "run", "--explain");
    assertEquals(0, explain.code(), explain.err());
    assertTrue(explain.out().contains("floats(f64, f64, i64) -> none: compiled as"), explain.out());
    assertTrue(explain.out().contains("ints(i64, i64) -> none: compiled as"), explain.out());
    assertTrue(explain.out().contains("program: compiled (x86-64 JIT)"), explain.out());
    Result compiled = irc(program, "run");
    Result evaluated = irc(program, "run", "--interp");
    assertEquals(0, compiled.code(), compiled.err());
    // CPython 3.11's output (python3 on this program).
    assertEquals("""
        0.9661051464753108 0.033894853524689274 0.886226925452758 -0.12078223763524543 1.1447142425533317 2.8284271247461903
        1.1947632172871094 1.566799236972411 0.3942286801821351 2.220446049250313e-16 3.481689070338065 0.9162907318741551
        0.0 1.4999999999999998 12.0 2.25 -1.409420839653209
        3628800 5 120 720 3628800
        1 60 0 10 6 10
        22 1003.0 1.4142135623730951 100
        """, compiled.out());
    assertEquals(evaluated.out(), compiled.out());
  }

  @Test
  void emitPyPrintsTheModule() throws IOException {
    Result r = irc("print(1 + 2)\n", "--emit=py");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("py.func @__main__()"), r.out());
    assertTrue(r.out().contains("py.binop add"), r.out());
  }
}
