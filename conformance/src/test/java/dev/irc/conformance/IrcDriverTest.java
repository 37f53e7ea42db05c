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

  @Test
  void emitPyPrintsTheModule() throws IOException {
    Result r = irc("print(1 + 2)\n", "--emit=py");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("py.func @__main__()"), r.out());
    assertTrue(r.out().contains("py.binop add"), r.out());
  }
}
