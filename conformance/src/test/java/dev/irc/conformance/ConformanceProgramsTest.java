package dev.irc.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;
import dev.irc.py.conversion.toarith.TypeInference;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.tools.AvailableDialects;
import dev.irc.tools.run.IrcMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every conformance program through each way irc can execute it — the reference evaluator
 * ({@code --interp}), the typed IR in the IR interpreter ({@code --arith-interp}) and the x86-64
 * JIT (plain {@code run}) — and compares stdout, the last stderr line and the exit code with
 * CPython 3.11's recorded ones. The typed modes fall back to the evaluator for programs that
 * cannot be typed; how many were typed is reported, so a fallback never hides as a compiled pass.
 */
class ConformanceProgramsTest {
  @TestFactory
  Stream<DynamicTest> onTheReferenceEvaluator() {
    return runAll("--interp");
  }

  @TestFactory
  Stream<DynamicTest> asTypedIrInTheIrInterpreter() {
    return runAll("--arith-interp");
  }

  @TestFactory
  Stream<DynamicTest> onTheJit() {
    return runAll();
  }

  /**
   * CPython's expectations record only the last stderr line; the whole traceback of a compiled
   * run (its frames, their lines and source text) must equal the evaluator's.
   */
  @TestFactory
  Stream<DynamicTest> compiledTracebacksAreTheEvaluators() {
    return ConformanceProgram.all().stream().filter(program -> program.exitCode() == 1)
        .map(program -> DynamicTest.dynamicTest(program.name(), program.source().toUri(), () -> assertEquals(
            run(program, "--interp").stderr(), run(program).stderr(), "stderr of the JIT vs the evaluator")));
  }

  private static Stream<DynamicTest> runAll(String... mode) {
    List<ConformanceProgram> programs = ConformanceProgram.all();
    assertFalse(programs.isEmpty(), "no conformance programs found");
    return programs.stream().map(program -> DynamicTest.dynamicTest(program.name(), program.source().toUri(),
        () -> assertMatchesCPython(program, mode)));
  }

  /** What one {@code irc run} printed and returned. */
  private record Run(String stdout, String stderr, int exitCode) {}

  private static Run run(ConformanceProgram program, String... mode) {
    var arguments = new ArrayList<String>();
    arguments.add("run");
    arguments.addAll(List.of(mode));
    arguments.add(program.source().toString());
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = IrcMain.run(arguments, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
  }

  private static void assertMatchesCPython(ConformanceProgram program, String... mode) {
    Run run = run(program, mode);
    assertAll(
        () -> assertEquals(program.stdout(), run.stdout(), "stdout"),
        () -> assertEquals(program.stderrLast(), ConformanceProgram.lastLine(run.stderr()), "last stderr line; stderr was:\n" + run.stderr()),
        () -> assertEquals(program.exitCode(), run.exitCode(), "exit code; stderr was:\n" + run.stderr()));
  }

  @AfterAll
  static void reportHowManyWereTyped() throws IOException {
    List<ConformanceProgram> programs = ConformanceProgram.all();
    int count = 0;
    for (ConformanceProgram program : programs) {
      try {
        var source = new SourceFile(program.source().toString(), Files.readString(program.source()));
        if (TypeInference.infer(PythonImporter.importSource(source, AvailableDialects.newContext())).isTyped()) {
          count++;
        }
      } catch (DiagnosticException notImportable) {
        // reported by the driver; not typed
      }
    }
    System.out.println("conformance: " + count + " of " + programs.size() + " programs are typed and run compiled"
        + " (--arith-interp, JIT); the others run on the evaluator in every mode");
  }
}
