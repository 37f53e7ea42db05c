package dev.irc.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.irc.tools.run.IrcMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every conformance program with the {@code python3} on the PATH (when it is CPython 3.11)
 * and checks the recorded expectations are still what CPython prints, so that stale expectation
 * files are caught. Skipped when no such interpreter is available.
 */
class CPythonExpectationsTest {
  @TestFactory
  Stream<DynamicTest> recordedExpectationsAreCurrent() {
    assumeTrue(python311Available(), "python3 (CPython 3.11) is not on the PATH");
    return ConformanceProgram.all().stream().map(program -> DynamicTest.dynamicTest(program.name(), () -> {
      Path stdout = Files.createTempFile("irc-conformance", ".out");
      Path stderr = Files.createTempFile("irc-conformance", ".err");
      try {
        Process process = new ProcessBuilder("python3", program.source().getFileName().toString())
            .directory(ConformanceProgram.DIRECTORY.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("python3 timed out on " + program.name());
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertAll(
            () -> assertEquals(program.stdout(), Files.readString(stdout, StandardCharsets.UTF_8), "stdout"),
            () -> assertEquals(program.stderrLast(), ConformanceProgram.lastLine(err), "last stderr line"),
            () -> assertEquals(program.exitCode(), process.exitValue(), "exit code"));
      } finally {
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
      }
    }));
  }

  /**
   * The whole traceback of every raising program under the reference evaluator is CPython's
   * (frames, source lines, cause and context chains, the last line), except the {@code ~~^^}
   * lines CPython 3.11 draws under the failing expression, which irc does not print.
   */
  @TestFactory
  Stream<DynamicTest> tracebacksAreCPythons() {
    assumeTrue(python311Available(), "python3 (CPython 3.11) is not on the PATH");
    return ConformanceProgram.all().stream().filter(program -> program.exitCode() == 1)
        .map(program -> DynamicTest.dynamicTest(program.name(), () -> {
          Path source = program.source().toAbsolutePath();
          Process process = new ProcessBuilder("python3", source.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
          String cpython = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
          if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("python3 timed out on " + program.name());
          }
          var err = new ByteArrayOutputStream();
          IrcMain.run(List.of("run", "--interp", source.toString()), new ByteArrayInputStream(new byte[0]),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
          assertEquals(withoutCaretLines(cpython), err.toString(StandardCharsets.UTF_8), "stderr of irc run --interp");
        }));
  }

  private static String withoutCaretLines(String traceback) {
    return traceback.lines().filter(line -> !line.matches("\\s*[~^]+\\s*"))
        .map(line -> line + "\n").collect(Collectors.joining());
  }

  private static boolean python311Available() {
    try {
      Process process = new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))")
          .redirectErrorStream(true).start();
      String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return process.waitFor(20, TimeUnit.SECONDS) && answer.equals("True");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
