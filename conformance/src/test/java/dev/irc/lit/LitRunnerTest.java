package dev.irc.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LitRunnerTest {
  @TempDir Path dir;

  private LitResult run(String name, String text) throws Exception {
    Path file = Files.writeString(dir.resolve(name), text);
    return LitRunner.standard().run(LitTestFile.read(file));
  }

  @Test
  void passesASelfCheckingFile() throws Exception {
    LitResult result = run("ok.mlir", "// RUN: cat %s | filecheck %s\n// CHECK: hello\nhello\n");
    assertTrue(result.passed(), result.report());
  }

  @Test
  void reportsTheFailingStage() throws Exception {
    LitResult result = run("bad.mlir",
        "// RUN: cat %s | filecheck %s --check-prefix=OK\n"
            + "// RUN: echo nope | filecheck %s\n// OK: RUN\n// CHECK: missing-word\n");
    assertFalse(result.passed());
    String report = result.report();
    assertTrue(report.contains("bad.mlir:2 failed"), report);
    assertTrue(report.contains("RUN: echo nope | filecheck " + dir.resolve("bad.mlir")), report);
    assertTrue(report.contains("stage 2: filecheck"), report);
    assertTrue(report.contains("exit code: 1 (expected 0)  <-- FAILED"), report);
    assertTrue(report.contains("    | nope"), report);
    assertTrue(report.contains("error: CHECK: expected string not found in input"), report);
  }

  @Test
  void notInvertsAndPipefailApplies() throws Exception {
    assertTrue(run("a.mlir", "// RUN: not filecheck %s < %s\n// CHECK: zzz{{-}}absent\n").passed());
    assertFalse(run("b.mlir", "// RUN: not cat %s\n").passed());
    LitResult pipefail =
        run("c.mlir", "// RUN: not filecheck %s < %s | cat\n// RUN: filecheck %s < %s | cat\n"
            + "// CHECK: zzz{{-}}absent\n");
    assertFalse(pipefail.passed());
    assertTrue(pipefail.report().contains("c.mlir:2 failed"), pipefail.report());
  }

  @Test
  void tempFilesAndRedirections() throws Exception {
    LitResult result = run("t.mlir",
        "// RUN: echo one > %t && echo two >> %t\n"
            + "// RUN: filecheck %s < %t\n// CHECK: one\n// CHECK-NEXT: two\n");
    assertTrue(result.passed(), result.report());
  }

  @Test
  void unknownCommandFailsClearly() throws Exception {
    LitResult result = run("u.mlir", "// RUN: no-such-tool %s\n");
    assertFalse(result.passed());
    assertTrue(result.report().contains("lit: command not found: 'no-such-tool'"),
        result.report());
  }

  @Test
  void exceptionsAreReportedNotPropagated() throws Exception {
    CommandRegistry registry = CommandRegistry.standard()
        .register("boom", (args, in, out, err) -> {
          throw new IllegalStateException("kaboom");
        });
    Path file = Files.writeString(dir.resolve("x.mlir"), "// RUN: not boom\n");
    LitResult result = new LitRunner(registry).run(LitTestFile.read(file));
    assertFalse(result.passed(), "a crash must fail even under 'not'");
    assertTrue(result.report().contains("kaboom"), result.report());
  }

  @Test
  void reflectiveCommandReportsAMissingClass() throws Exception {
    CommandRegistry registry = new CommandRegistry()
        .register("ghost", CommandRegistry.reflective("dev.irc.NoSuchTool", "run"));
    Path file = Files.writeString(dir.resolve("g.mlir"), "// RUN: ghost\n");
    LitResult result = new LitRunner(registry).run(LitTestFile.read(file));
    assertFalse(result.passed());
    assertTrue(result.report().contains("command not available: dev.irc.NoSuchTool.run"),
        result.report());
  }

  @Test
  void reflectiveCommandCallsAStaticRun() throws Exception {
    CommandRegistry registry = CommandRegistry.standard()
        .register("shout", CommandRegistry.reflective(Shout.class.getName(), "run"));
    Path file = Files.writeString(dir.resolve("s.mlir"),
        "// RUN: shout hi | filecheck %s\n// CHECK: HI\n");
    LitResult result = new LitRunner(registry).run(LitTestFile.read(file));
    assertTrue(result.passed(), result.report());
  }

  @Test
  void standardRegistryHasTheTools() {
    CommandRegistry registry = CommandRegistry.standard();
    assertTrue(registry.names().containsAll(List.of("filecheck", "FileCheck", "cat", "irc-opt")));
    assertEquals(registry.lookup("nope"), java.util.Optional.empty());
  }

  /** A stand-in tool with the entry-point shape the registry binds reflectively. */
  public static final class Shout {
    private Shout() {}

    public static int run(List<String> args, java.io.InputStream in, java.io.PrintStream out,
        java.io.PrintStream err) {
      out.println(String.join(" ", args).toUpperCase(java.util.Locale.ROOT));
      return 0;
    }
  }
}
