package dev.irc.py.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the front end against CPython (when {@code python3} is on the PATH; skipped visibly
 * otherwise): programs irc accepts must be accepted by CPython, and snippets irc rejects as
 * syntax errors must be rejected by CPython. CPython's {@code compile()} is the judge rather than
 * {@code ast.parse}, because errors such as "'break' outside loop" are found only there.
 */
class CPythonAgreementTest {
  private static final String CHECKER = """
      import sys, warnings
      warnings.simplefilter("ignore")
      for path in sys.argv[1:]:
          try:
              with open(path, encoding="utf-8", newline="") as f:
                  compile(f.read(), path, "exec", dont_inherit=True)
              print("ok")
          except (SyntaxError, ValueError):
              print("error")
      """;

  private static boolean pythonAvailable;

  @TempDir static Path tempDir;

  @BeforeAll
  static void findPython() {
    try {
      Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      pythonAvailable = process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      pythonAvailable = false;
    }
  }

  @Test
  void validProgramsAreAcceptedByBoth() throws Exception {
    Map<String, String> programs = SourceCorpus.validPrograms();
    programs.forEach((name, text) -> PythonParser.parse(new SourceFile(name, text)));
    assumeTrue(pythonAvailable, "python3 is not on the PATH: CPython cross-check skipped");
    List<String> verdicts = cpythonVerdicts(new ArrayList<>(programs.values()));
    assertEquals(List.of("ok", "ok", "ok", "ok", "ok"), verdicts);
  }

  @Test
  void invalidSnippetsAreRejectedByBoth() throws Exception {
    List<String> snippets = SourceCorpus.invalidSnippets();
    for (String snippet : snippets) {
      assertTrue(rejectedByIrc(snippet), () -> "irc accepted:\n" + snippet);
    }
    assumeTrue(pythonAvailable, "python3 is not on the PATH: CPython cross-check skipped");
    List<String> verdicts = cpythonVerdicts(snippets);
    for (int i = 0; i < snippets.size(); i++) {
      assertEquals("error", verdicts.get(i), "CPython accepted:\n" + snippets.get(i));
    }
  }

  /**
   * Differential: mutated programs that irc accepts must be valid Python (no silent
   * mis-parse), and those irc rejects with a syntax error (not an "unsupported" one) must be
   * invalid Python.
   */
  @Test
  void mutatedProgramsGetTheSameVerdict() throws Exception {
    assumeTrue(pythonAvailable, "python3 is not on the PATH: CPython cross-check skipped");
    var mutator = new SourceMutator(7L);
    List<String> programs = new ArrayList<>(SourceCorpus.validPrograms().values());
    List<String> inputs = new ArrayList<>();
    List<String> ircVerdicts = new ArrayList<>();
    while (inputs.size() < 400) {
      String input = mutator.next(programs);
      String verdict = ircVerdict(input);
      if (verdict != null) {
        inputs.add(input);
        ircVerdicts.add(verdict);
      }
    }
    List<String> verdicts = cpythonVerdicts(inputs);
    for (int i = 0; i < inputs.size(); i++) {
      assertEquals(ircVerdicts.get(i), verdicts.get(i),
          "irc and CPython disagree on:\n" + inputs.get(i));
    }
  }

  /** "ok", "error" for a syntax error, or null when irc rejects the input as unsupported. */
  private static String ircVerdict(String input) {
    try {
      PythonParser.parse(new SourceFile("m.py", input));
      return "ok";
    } catch (DiagnosticException e) {
      String message = e.diagnostics().getFirst().message();
      return message.endsWith("is not supported by irc") || message.startsWith("too many") ? null : "error";
    }
  }

  private static boolean rejectedByIrc(String snippet) {
    try {
      PythonParser.parse(new SourceFile("s.py", snippet));
      return false;
    } catch (DiagnosticException e) {
      return true;
    }
  }

  private static List<String> cpythonVerdicts(List<String> sources) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3", "-c", CHECKER));
    Path dir = Files.createTempDirectory(tempDir, "cpython");
    for (int i = 0; i < sources.size(); i++) {
      Path file = dir.resolve("input" + i + ".py");
      Files.writeString(file, sources.get(i), StandardCharsets.UTF_8);
      command.add(file.toString());
    }
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "python3 timed out");
    List<String> verdicts = output.lines().toList();
    assertEquals(sources.size(), verdicts.size(), "python3 output:\n" + output);
    return verdicts;
  }
}
