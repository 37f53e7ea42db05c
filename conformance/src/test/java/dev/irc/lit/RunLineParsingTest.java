package dev.irc.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunLineParsingTest {

  @Test
  void findsSlashAndHashRunLines() {
    List<RunLine> lines = LitTestFile.parseRunLines(
        "// RUN: a %s\nx = 1\n# RUN: b\n  //   RUN:   c  \n// CHECK: RUN: not-a-run-line\n");
    assertEquals(List.of(new RunLine(1, "a %s"), new RunLine(3, "b"), new RunLine(4, "c")), lines);
  }

  @Test
  void joinsContinuations() {
    List<RunLine> lines =
        LitTestFile.parseRunLines("// RUN: irc-opt %s \\\n// RUN:   -p 'canonicalize' \\\n"
            + "// RUN: | filecheck %s\n// RUN: second\n");
    assertEquals(2, lines.size());
    assertEquals(1, lines.getFirst().lineNumber());
    assertEquals("irc-opt %s -p 'canonicalize' | filecheck %s",
        lines.getFirst().command().replaceAll("\\s+", " "));
    assertEquals(new RunLine(4, "second"), lines.get(1));
  }

  @Test
  void substitutes() {
    Substitutions substitutions =
        new Substitutions(Path.of("/repo/m/src/test/lit/a.mlir"), Path.of("/tmp/x/a.mlir.tmp"));
    assertEquals(
        "tool /repo/m/src/test/lit/a.mlir -o /tmp/x/a.mlir.tmp -I /repo/m/src/test/lit %s 100%",
        substitutions.apply("tool %s -o %t -I %S %%s 100%%"));
    assertEquals("%q", substitutions.apply("%q"));
  }

  @Test
  void parsesPipelinesAndQuotes() {
    ShellScript script = ShellParser.parse(
        "irc-opt /a.mlir -p 'canonicalize, cse' --name=\"x \\\"y\\\"\" | filecheck /a.mlir");
    assertEquals(1, script.pipelines().size());
    List<ShellScript.Stage> stages = script.pipelines().getFirst().stages();
    assertEquals(2, stages.size());
    assertEquals(List.of("irc-opt", "/a.mlir", "-p", "canonicalize, cse", "--name=x \"y\""),
        stages.get(0).argv());
    assertEquals(List.of("filecheck", "/a.mlir"), stages.get(1).argv());
  }

  @Test
  void parsesNotRedirectionsAndAnd() {
    ShellScript script = ShellParser.parse(
        "not irc-opt a.mlir 2>&1 < in.txt > out.txt && not not cat x 2> err.txt >> log");
    assertEquals(2, script.pipelines().size());
    ShellScript.Stage first = script.pipelines().get(0).stages().getFirst();
    assertTrue(first.negated());
    assertTrue(first.stderrToStdout());
    assertEquals("in.txt", first.stdin());
    assertEquals("out.txt", first.stdout());
    assertFalse(first.appendStdout());
    ShellScript.Stage second = script.pipelines().get(1).stages().getFirst();
    assertFalse(second.negated());
    assertEquals(2, second.negations());
    assertEquals(List.of("cat", "x"), second.argv());
    assertEquals("err.txt", second.stderr());
    assertEquals("log", second.stdout());
    assertTrue(second.appendStdout());
    assertNull(second.stdin());
  }

  @Test
  void keepsOperatorsInsideQuotes() {
    ShellScript script = ShellParser.parse("filecheck '|' \"a && b\" x2>y");
    assertEquals(List.of("filecheck", "|", "a && b", "x2"),
        script.pipelines().getFirst().stages().getFirst().argv());
    assertEquals("y", script.pipelines().getFirst().stages().getFirst().stdout());
  }

  @Test
  void rejectsWhatItCannotRun() {
    assertThrows(IllegalArgumentException.class, () -> ShellParser.parse("a || b"));
    assertThrows(IllegalArgumentException.class, () -> ShellParser.parse("a ; b"));
    assertThrows(IllegalArgumentException.class, () -> ShellParser.parse("a 'b"));
    assertThrows(IllegalArgumentException.class, () -> ShellParser.parse("a | | b"));
    assertThrows(IllegalArgumentException.class, () -> ShellParser.parse("a >"));
  }
}
