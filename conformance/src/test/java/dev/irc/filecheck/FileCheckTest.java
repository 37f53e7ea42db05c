package dev.irc.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckTest {

  private static FileCheckResult check(String checks, String input, FileCheckOptions options) {
    return FileCheck.check("t.check", checks, "<stdin>", input, options);
  }

  private static void assertPasses(String checks, String input) {
    assertPasses(checks, input, FileCheckOptions.defaults());
  }

  private static void assertPasses(String checks, String input, FileCheckOptions options) {
    FileCheckResult result = check(checks, input, options);
    assertTrue(result.passed(), () -> "expected a pass, got:\n" + result.diagnostics());
  }

  private static String assertFails(String checks, String input) {
    return assertFails(checks, input, FileCheckOptions.defaults());
  }

  private static String assertFails(String checks, String input, FileCheckOptions options) {
    FileCheckResult result = check(checks, input, options);
    assertFalse(result.passed(), "expected a failure");
    return result.diagnostics();
  }

  @Nested
  class Plain {
    @Test
    void matchesInOrder() {
      assertPasses("CHECK: foo\nCHECK: bar\n", "foo\nbar\n");
      assertFails("CHECK: bar\nCHECK: foo\n", "foo\nbar\n");
    }

    @Test
    void matchesSubstringsAndSeveralOnOneLine() {
      assertPasses("CHECK: oo\nCHECK: ar\n", "foo bar\n");
    }

    @Test
    void rendersNotFoundLikeLlvm() {
      String diagnostics = assertFails("CHECK: foo\nCHECK: baz\n", "foo\nbar\n");
      assertEquals(
          """
          t.check:2:8: error: CHECK: expected string not found in input
          CHECK: baz
                 ^
          <stdin>:1:4: note: scanning from here
          foo
             ^
          <stdin>:2:1: note: possible intended match here
          bar
          ^
          """,
          diagnostics);
    }

    @Test
    void canonicalizesWhitespace() {
      assertPasses("CHECK: a   b\tc\n", "a b \t c\n");
      assertFails("CHECK: ab\n", "a b\n");
    }

    @Test
    void strictWhitespaceKeepsRuns() {
      FileCheckOptions strict = FileCheckOptions.defaults().withStrictWhitespace(true);
      assertFails("CHECK: a b\n", "a  b\n", strict);
      assertPasses("CHECK: a  b\n", "a  b\n", strict);
    }

    @Test
    void matchFullLines() {
      FileCheckOptions full = FileCheckOptions.defaults().withMatchFullLines(true);
      assertPasses("CHECK: foo bar\n", "  foo bar  \n", full);
      assertFails("CHECK: foo\n", "foo bar\n", full);
    }

    @Test
    void ignoreCase() {
      assertPasses("CHECK: HeLLo\n", "hello\n", FileCheckOptions.defaults().withIgnoreCase(true));
      assertFails("CHECK: HeLLo\n", "hello\n");
    }

    @Test
    void countRepeats() {
      assertPasses("CHECK-COUNT-3: x\n", "x\nx x\n");
      String diagnostics = assertFails("CHECK-COUNT-3: x\n", "x\nx\n");
      assertTrue(diagnostics.contains("CHECK-COUNT: expected string not found in input (3 out of 3)"),
          diagnostics);
    }
  }

  @Nested
  class CheckFileErrors {
    @Test
    void noDirectivesIsAnError() {
      FileCheckResult result = check("nothing\n", "x\n", FileCheckOptions.defaults());
      assertEquals(2, result.exitCode());
      assertEquals("error: no check strings found with prefix 'CHECK:'\n", result.diagnostics());
    }

    @Test
    void unusedPrefixIsAnError() {
      FileCheckOptions options = FileCheckOptions.defaults().withCheckPrefixes(List.of("A", "B"));
      assertEquals("error: no check strings found with prefix 'B:'\n",
          check("A: x\n", "x\n", options).diagnostics());
      assertEquals("error: no check strings found with prefixes 'A:', 'B:'\n",
          check("C: x\n", "x\n", options).diagnostics());
      assertPasses("A: x\n", "x\n", options.withAllowUnusedPrefixes(true));
    }

    @Test
    void emptyPatternIsAnError() {
      assertTrue(assertFails("CHECK:\n", "x\n")
          .startsWith("t.check:1:7: error: found empty check string with prefix 'CHECK:'"));
    }

    @Test
    void nextWithoutPreviousCheck() {
      assertEquals(
          """
          t.check:1:1: error: found 'CHECK-NEXT' without previous 'CHECK: line
          CHECK-NEXT: foo
          ^
          """,
          assertFails("CHECK-NEXT: foo\n", "foo\n"));
    }

    @Test
    void labelCannotUseVariables() {
      assertTrue(assertFails("CHECK-LABEL: [[X:a]]\n", "a\n")
          .contains("error: found 'CHECK-LABEL:' with variable definition or use"));
    }

    @Test
    void unterminatedRegex() {
      assertTrue(assertFails("CHECK: {{abc\n", "abc\n")
          .contains("error: found start of regex string with no end '}}'"));
    }

    @Test
    void invalidRegex() {
      assertTrue(assertFails("CHECK: {{(}}\n", "(\n").startsWith("t.check:1:10: error: invalid regex"));
    }

    @Test
    void emptyInput() {
      FileCheckResult result = check("CHECK: x\n", "", FileCheckOptions.defaults());
      assertEquals(2, result.exitCode());
      assertEquals("FileCheck error: '<stdin>' is empty.\n", result.diagnostics());
      assertFalse(check("CHECK-NOT: x\n", "", FileCheckOptions.defaults().withAllowEmptyInput(true))
          .diagnostics().contains("empty"));
    }
  }

  @Nested
  class Directives {
    @Test
    void commentsAndRunLinesAreIgnored() {
      assertPasses("COM: CHECK: zzz\n// RUN: x | FileCheck %s --check-prefix=CHECK\nCHECK: a\n",
          "a\n");
    }

    @Test
    void prefixInsideAWordIsNotADirective() {
      assertPasses("XCHECK: zzz\nMY_CHECK: zzz\nCHECK: a\n", "a\n");
    }

    @Test
    void customPrefixes() {
      FileCheckOptions foo = FileCheckOptions.defaults().withCheckPrefixes(List.of("FOO"));
      assertPasses("FOO: a\nCHECK: zzz\n", "a\n", foo);
    }

    @Test
    void next() {
      assertPasses("CHECK: one\nCHECK-NEXT: two\n", "one\ntwo\n");
      assertEquals(
          """
          t.check:2:13: error: CHECK-NEXT: is not on the line after the previous match
          CHECK-NEXT: three
                      ^
          <stdin>:3:1: note: 'next' match was here
          three
          ^
          <stdin>:1:4: note: previous match ended here
          one
             ^
          <stdin>:2:1: note: non-matching line after previous match is here
          two
          ^
          """,
          assertFails("CHECK: one\nCHECK-NEXT: three\n", "one\ntwo\nthree\n"));
      assertTrue(assertFails("CHECK: one\nCHECK-NEXT: two\n", "one two\n")
          .startsWith("t.check:2:13: error: CHECK-NEXT: is on the same line as previous match"));
    }

    @Test
    void same() {
      assertPasses("CHECK: a\nCHECK-SAME: b\nCHECK-SAME: c\n", "a b c\n");
      assertTrue(assertFails("CHECK: a\nCHECK-SAME: b\n", "a\nb\n")
          .contains("CHECK-SAME: is not on the same line as the previous match"));
    }

    @Test
    void not() {
      assertPasses("CHECK: a\nCHECK-NOT: x\nCHECK: b\n", "a\nb\nx\n");
      assertEquals(
          """
          t.check:2:12: error: CHECK-NOT: excluded string found in input
          CHECK-NOT: xy
                     ^
          <stdin>:2:1: note: found here
          xy
          ^~
          """,
          assertFails("CHECK: a\nCHECK-NOT: xy\nCHECK: b\n", "a\nxy\nb\n"));
      assertFails("CHECK-NOT: bad\nCHECK: good\n", "bad\ngood\n");
      assertFails("CHECK: good\nCHECK-NOT: bad\n", "good\nbad\n");
    }

    @Test
    void dag() {
      assertPasses("CHECK-DAG: b\nCHECK-DAG: a\nCHECK: c\n", "a\nb\nc\n");
      assertFails("CHECK-DAG: a\nCHECK-DAG: a\n", "a\n");
      assertPasses("CHECK-DAG: a\nCHECK-DAG: a\n", "a\na\n");
      assertFails("CHECK-DAG: a\nCHECK-NOT: x\nCHECK-DAG: b\n", "a\nx\nb\n");
      assertPasses("CHECK-DAG: a\nCHECK-NOT: x\nCHECK-DAG: b\n", "a\nb\nx\n");
      assertFails("CHECK: c\nCHECK-DAG: a\n", "a\nc\n");
    }

    @Test
    void label() {
      String checks = "CHECK-LABEL: f1\nCHECK: ret\nCHECK-LABEL: f2\nCHECK: ret\n";
      assertPasses(checks, "f1\nret\nf2\nret\n");
      String diagnostics = assertFails(checks, "f1\nf2\nret\n");
      assertTrue(diagnostics.startsWith("t.check:2:8: error: CHECK: expected string not found"),
          diagnostics);
      assertTrue(assertFails("CHECK-LABEL: nope\n", "f1\n")
          .startsWith("t.check:1:14: error: CHECK-LABEL: expected string not found in input"));
    }

    @Test
    void empty() {
      assertPasses("CHECK: a\nCHECK-EMPTY:\nCHECK-NEXT: b\n", "a\n\nb\n");
      assertTrue(assertFails("CHECK: a\nCHECK-EMPTY:\n", "a\nb\n\n")
          .contains("CHECK-EMPTY: is not on the line after the previous match"));
      assertTrue(assertFails("CHECK: a\nCHECK-EMPTY: x\n", "a\n\n")
          .contains("found non-empty check string for empty check with prefix 'CHECK:'"));
    }

    @Test
    void literalModifier() {
      assertPasses("CHECK{LITERAL}: [[x]] {{y}}\n", "[[x]] {{y}}\n");
    }

    @Test
    void implicitCheckNot() {
      FileCheckOptions options =
          FileCheckOptions.defaults().withImplicitCheckNot(List.of("warning"));
      assertPasses("CHECK: a\nCHECK: b\n", "a\nb\n", options);
      assertTrue(assertFails("CHECK: a\nCHECK: b\n", "a\nwarning\nb\n", options)
          .startsWith("command line:1:22: error: IMPLICIT-CHECK-NOT: excluded string found"));
    }
  }

  @Nested
  class RegexAndVariables {
    @Test
    void regex() {
      assertPasses("CHECK: x = {{[0-9]+}} + {{[a-z]+}}\n", "x = 42 + abc\n");
      assertPasses("CHECK: a{{b|c}}d\n", "acd\n");
      assertPasses("CHECK: {{[[:alpha:]]+}} {{[[:digit:]]}}\n", "abc 1\n");
      assertFails("CHECK: {{^}}bar\n", "foo bar\n");
      assertFails("CHECK: a{{[^x]*}}b\n", "a\nb\n");
      assertPasses("CHECK: a.b(c)\n", "a.b(c)\n");
      assertFails("CHECK: a.b\n", "axb\n");
    }

    @Test
    void variables() {
      String checks = "CHECK: %[[V:[0-9]+]] = add\nCHECK: use %[[V]]\n";
      assertPasses(checks, "%7 = add\nuse %7\n");
      String diagnostics = assertFails(checks, "%7 = add\nuse %8\n");
      assertTrue(diagnostics.contains("note: with \"V\" equal to \"7\""), diagnostics);
      assertPasses("CHECK: [[X:[a-z]+]] [[X]]\n", "ab ab\n");
      assertFails("CHECK: [[X:[a-z]+]] [[X]]\n", "ab ac\n");
      assertPasses("CHECK: [[X:a]]\nCHECK: [[X:b]]\nCHECK: [[X]]\n", "a\nb\nb\n");
    }

    @Test
    void valuesAreMatchedLiterally() {
      assertPasses("CHECK: [[V:a.c]]\nCHECK: [[V]]\n", "a.c\na.c\n");
      assertFails("CHECK: [[V:a.c]]\nCHECK: [[V]]\n", "a.c\naxc\n");
    }

    @Test
    void undefinedVariable() {
      assertEquals(
          """
          t.check:1:10: error: undefined variable: X
          CHECK: [[X]]
                   ^
          """,
          assertFails("CHECK: [[X]]\n", "x\n"));
    }

    @Test
    void lineVariable() {
      assertPasses("CHECK: line [[@LINE]]\nCHECK: line [[@LINE-1]]\nCHECK: [[#@LINE+1]]\n",
          "line 1\nline 1\n4\n");
    }

    @Test
    void defines() {
      assertPasses("CHECK: [[NAME]]\n", "irc\n", FileCheckOptions.defaults().withDefine("NAME", "irc"));
    }

    @Test
    void varScope() {
      String checks = "CHECK-LABEL: f\nCHECK: [[X:[0-9]]]\nCHECK-LABEL: g\nCHECK: [[X]]\n";
      assertPasses(checks, "f\n1\ng\n1\n");
      assertTrue(assertFails(checks, "f\n1\ng\n1\n",
          FileCheckOptions.defaults().withEnableVarScope(true)).contains("undefined variable: X"));
    }
  }

  @Nested
  class CommandLine {
    @TempDir Path dir;

    private int run(List<String> args, String stdin, StringBuilder stderr) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = FileCheckMain.run(args,
          new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      stderr.append(err.toString(StandardCharsets.UTF_8));
      return code;
    }

    @Test
    void readsStdinAndOptions() throws Exception {
      Path checks = Files.writeString(dir.resolve("c.txt"), "FOO: a\nBAR: b\n");
      StringBuilder err = new StringBuilder();
      assertEquals(0, run(List.of(checks.toString(), "--check-prefixes=FOO,BAR"), "a\nb\n", err));
      assertEquals(0, run(List.of(checks.toString(), "--check-prefix", "FOO",
          "-allow-unused-prefixes"), "a\n", err));
      assertEquals(1, run(List.of(checks.toString(), "--check-prefix=BAR"), "a\n", err));
      assertTrue(err.toString().contains("c.txt:2:6: error: BAR: expected string not found"),
          err.toString());
    }

    @Test
    void inputFile() throws Exception {
      Path checks = Files.writeString(dir.resolve("c.txt"), "CHECK: hello\n");
      Path input = Files.writeString(dir.resolve("in.txt"), "oh hello\n");
      StringBuilder err = new StringBuilder();
      assertEquals(0, run(List.of(checks.toString(), "--input-file=" + input), "", err));
      assertEquals(0, run(List.of("--input-file", input.toString(), checks.toString()), "", err));
    }

    @Test
    void usageErrors() {
      StringBuilder err = new StringBuilder();
      assertEquals(2, run(List.of(), "", err));
      assertEquals(2, run(List.of(dir.resolve("missing").toString()), "x", err));
      assertTrue(err.toString().contains("Could not open check file"), err.toString());
      assertEquals(2, run(List.of("x", "--bogus"), "x", err));
    }
  }
}
