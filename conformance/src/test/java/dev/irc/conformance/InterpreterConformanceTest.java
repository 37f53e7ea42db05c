package dev.irc.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.irc.tools.run.IrcMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every conformance program through {@code irc run --interp} in-process and compares its
 * standard output, last standard-error line and exit code with CPython 3.11's recorded ones.
 */
class InterpreterConformanceTest {
  @TestFactory
  Stream<DynamicTest> programsMatchCPython() {
    List<ConformanceProgram> programs = ConformanceProgram.all();
    assertFalse(programs.isEmpty(), "no conformance programs found");
    return programs.stream().map(program -> DynamicTest.dynamicTest(program.name(), program.source().toUri(), () -> {
      var out = new ByteArrayOutputStream();
      var err = new ByteArrayOutputStream();
      int code = IrcMain.run(List.of("run", "--interp", program.source().toString()),
          new ByteArrayInputStream(new byte[0]),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
      String stderr = err.toString(StandardCharsets.UTF_8);
      assertAll(
          () -> assertEquals(program.stdout(), out.toString(StandardCharsets.UTF_8), "stdout"),
          () -> assertEquals(program.stderrLast(), ConformanceProgram.lastLine(stderr), "last stderr line; stderr was:\n" + stderr),
          () -> assertEquals(program.exitCode(), code, "exit code; stderr was:\n" + stderr));
    }));
  }
}
