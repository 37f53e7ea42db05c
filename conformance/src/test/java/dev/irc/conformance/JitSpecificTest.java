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

/**
 * Behaviour specific to {@code irc run} on the JIT: an i64 overflow in a hot loop deoptimizes
 * and the program restarts in the evaluator (exact big int, no output repeated), the recursion
 * limit of compiled code, float repr through the runtime upcalls, and the {@code --explain},
 * {@code --time} and {@code --emit} stages.
 */
class JitSpecificTest {
  @TempDir
  Path directory;

  private record Outcome(int exitCode, String stdout, String stderr) {}

  private Outcome run(String source, String... options) throws IOException {
    Path file = directory.resolve("prog.py");
    Files.writeString(file, source);
    var arguments = new java.util.ArrayList<>(List.of(options));
    arguments.add(file.toString());
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = IrcMain.run(arguments, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void overflowInAHotLoopRestartsInTheEvaluatorWithTheExactBigInt() throws IOException {
    Outcome outcome = run("""
        def fact(n):
            r = 1
            for i in range(2, n + 1):
                r = r * i
            return r
        total = 0
        for k in range(31):
            total = total + fact(k) % 7
        print(fact(30), total)
        """, "run");
    assertEquals(new Outcome(0, "265252859812191058636308480000000 " + expectedTotal() + "\n", ""), outcome);
  }

  private static long expectedTotal() {
    java.math.BigInteger f = java.math.BigInteger.ONE;
    long total = 0;
    for (int k = 0; k <= 30; k++) {
      if (k > 1) {
        f = f.multiply(java.math.BigInteger.valueOf(k));
      }
      total += f.mod(java.math.BigInteger.valueOf(7)).longValue();
    }
    return total;
  }

  @Test
  void recursionLimitRaisesRecursionError() throws IOException {
    Outcome outcome = run("""
        def down(n):
            return down(n + 1) + 1
        print("start")
        down(0)
        """, "run");
    assertEquals(1, outcome.exitCode());
    assertEquals("start\n", outcome.stdout());
    assertTrue(outcome.stderr().strip().endsWith("RecursionError: maximum recursion depth exceeded"), outcome.stderr());
  }

  @Test
  void floatsPrintWithPythonRepr() throws IOException {
    Outcome outcome = run("""
        def f(x):
            return x * 3.0
        print(f(0.1), 1e16, -0.0, f(1e308), 2.5 / 3, 1 / 3, round(2.675, 2))
        """, "run");
    assertEquals(new Outcome(0, "0.30000000000000004 1e+16 -0.0 inf 0.8333333333333334 0.3333333333333333 2.67\n", ""), outcome);
  }

  @Test
  void timeReportsCompileAndRunSeparately() throws IOException {
    Outcome outcome = run("print(1)\n", "run", "--no-cache", "--time");
    assertEquals("1\n", outcome.stdout());
    assertTrue(outcome.stderr().matches("irc: time: compile [0-9.]+ ms, run [0-9.]+ ms .*\n"
        + "irc: time: compile stages: irc passes [0-9.]+ ms, LLVM translation [0-9.]+ ms, LLVM O2 [0-9.]+ ms,"
        + " codegen [0-9.]+ ms\n"), outcome.stderr());
    // Through the compile cache (a hit when an earlier test run stored this program).
    Outcome cached = run("print(1)\n", "run", "--time");
    assertEquals("1\n", cached.stdout());
    assertTrue(cached.stderr().matches("irc: time: compile [0-9.]+ ms, run [0-9.]+ ms \\(@__main__ compiled into the"
        + " compile cache, loaded in [0-9.]+ ms\\)\n"
        + "irc: time: compile stages: irc passes [0-9.]+ ms, LLVM O2 and codegen [0-9.]+ ms, link [0-9.]+ ms\n"
        + "|irc: time: compile 0.0 ms, run [0-9.]+ ms \\(@__main__ from the compile cache, loaded in [0-9.]+ ms\\)\n"),
        cached.stderr());
  }

  @Test
  void explainSaysWhereTheProgramRuns() throws IOException {
    assertTrue(run("print(1 + 2)\n", "run", "--explain").stdout().contains("program: compiled (x86-64 JIT)"));
    assertTrue(run("x = 1\nif x:\n    x = 2.5\nprint(x)\n", "run", "--explain").stdout()
        .contains("program: runs on the reference evaluator"));
  }

  @Test
  void emitsTheLowerStages() throws IOException {
    String source = "def f(n):\n    return n * 2 + 1\nprint(f(20))\n";
    assertTrue(run(source, "--emit=llvm-dialect").stdout().contains("llvm.func @__main__"));
    assertTrue(run(source, "--emit=llvm").stdout().contains("define "));
    assertTrue(run(source, "--emit=asm").stdout().contains("__main__:"));
  }
}
