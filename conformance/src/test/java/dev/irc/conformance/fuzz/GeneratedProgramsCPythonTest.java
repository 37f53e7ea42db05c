package dev.irc.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.irc.conformance.engine.CPythonEngine;
import dev.irc.conformance.engine.Outcome;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated programs, raise and try included, are valid Python that CPython 3.11 runs to an end
 * within the fuzzer's time limit: no SyntaxError, no NameError of a handler's name (Python
 * deletes it after the handler), no bare raise without an exception; and the one-step
 * reductions of the shrinker stay valid Python. Skipped without python3 3.11 on the PATH.
 */
class GeneratedProgramsCPythonTest {
  private static final int PROGRAMS = 300;
  private static final double TIME_LIMIT_SECONDS = 2.0;
  private static final Pattern MISUSED_HANDLER_NAME = Pattern.compile("(NameError|UnboundLocalError).*'e\\d+'");
  private static CPythonEngine python;

  @BeforeAll
  static void startPython() {
    assumeTrue(CPythonEngine.isPython311("python3"), "python3 (CPython 3.11) is not on the PATH");
    python = new CPythonEngine("python3", TIME_LIMIT_SECONDS);
  }

  @AfterAll
  static void stopPython() {
    if (python != null) {
      python.close();
    }
  }

  @Test
  void programsRunToAnEndInCPython() {
    var generator = new ProgramGenerator(GeneratorOptions.defaults());
    long master = SeedText.configured();
    int raised = 0;
    for (int i = 0; i < PROGRAMS; i++) {
      long seed = DifferentialHarness.programSeed(master, i);
      String source = generator.generate(seed).source();
      Outcome outcome = python.run("program.py", source);
      String where = "seed " + seed + " (" + outcome.kind() + ", " + outcome.stderrLast() + "):\n" + source;
      assertEquals(Outcome.Kind.RAN, outcome.kind(), where);
      assertTrue(outcome.exitCode() == 0 || outcome.exitCode() == 1, where);
      String last = outcome.stderrLast();
      assertTrue(!last.startsWith("SyntaxError") && !last.startsWith("IndentationError"), where);
      assertTrue(!MISUSED_HANDLER_NAME.matcher(last).find(), where);
      assertTrue(!last.contains("No active exception to reraise"), where);
      raised += outcome.exitCode() == 1 ? 1 : 0;
    }
    assertTrue(raised < PROGRAMS * 2 / 3, raised + " of " + PROGRAMS + " programs ended by an uncaught exception");
  }

  @Test
  void reductionsOfProgramsWithTryCompile() {
    var generator = new ProgramGenerator(GeneratorOptions.defaults());
    int checked = 0;
    try (var compiler = new CPythonEngine("python3", 60)) {
      for (long seed = 0; checked < 10; seed++) {
        FuzzProgram program = generator.generate(seed);
        // Small programs (a few hundred candidates each), with a try.
        if (!program.source().contains("try:") || program.size() > 250) {
          continue;
        }
        checked++;
        List<FuzzProgram> candidates = Reductions.of(program);
        Outcome outcome = compiler.run("compile.py", compileAll(candidates));
        assertEquals("", outcome.stdout() + outcome.stderrLast(), "seed " + seed + ": reductions that do not compile");
      }
    }
  }

  /** A program that compiles every candidate and prints the ones with a SyntaxError. */
  private static String compileAll(List<FuzzProgram> candidates) {
    var text = new StringBuilder("sources = [\n");
    for (FuzzProgram candidate : candidates) {
      text.append("    \"").append(candidate.source().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
          .append("\",\n");
    }
    text.append("""
        ]
        for source in sources:
            try:
                compile(source, "candidate.py", "exec")
            except SyntaxError as e:
                print(e, source, sep="\\n")
        """);
    return text.toString();
  }
}
