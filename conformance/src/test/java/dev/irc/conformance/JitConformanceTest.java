package dev.irc.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.irc.ir.diag.SourceFile;
import dev.irc.py.conversion.toarith.TypeInference;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.tools.AvailableDialects;
import dev.irc.tools.run.IrcMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every conformance program through {@code irc run} (py-to-arith, LLVM, the x86-64 JIT with
 * the Java runtime bound through upcalls; programs that cannot be typed run on the evaluator) and
 * compares stdout, the last stderr line and the exit code with CPython's. Reports how many were
 * compiled.
 */
class JitConformanceTest {
  private static final AtomicInteger TYPED = new AtomicInteger();
  private static final AtomicInteger TOTAL = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> programsMatchCPythonOnTheJit() {
    return ConformanceProgram.all().stream().map(program -> DynamicTest.dynamicTest(program.name(), program.source().toUri(), () -> {
      TOTAL.incrementAndGet();
      try {
        var source = new SourceFile(program.source().toString(), Files.readString(program.source()));
        if (TypeInference.infer(PythonImporter.importSource(source, AvailableDialects.newContext())).isTyped()) {
          TYPED.incrementAndGet();
        }
      } catch (RuntimeException e) {
        // Front-end errors: the driver reports them; not typed.
      }
      var out = new ByteArrayOutputStream();
      var err = new ByteArrayOutputStream();
      int code = IrcMain.run(List.of("run", program.source().toString()),
          new ByteArrayInputStream(new byte[0]),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
      String stderr = err.toString(StandardCharsets.UTF_8);
      assertAll(
          () -> assertEquals(program.stdout(), out.toString(StandardCharsets.UTF_8), "stdout"),
          () -> assertEquals(program.stderrLast(), ConformanceProgram.lastLine(stderr), "last stderr line; stderr was:\n" + stderr),
          () -> assertEquals(program.exitCode(), code, "exit code; stderr was:\n" + stderr));
    }));
  }

  @AfterAll
  static void report() {
    System.out.println("JIT conformance: " + TYPED.get() + " of " + TOTAL.get()
        + " programs were compiled and ran on the x86-64 JIT (a guard failing before output restarts them in the evaluator); the rest ran on the evaluator");
  }
}
