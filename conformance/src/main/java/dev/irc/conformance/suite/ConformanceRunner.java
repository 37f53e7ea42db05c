package dev.irc.conformance.suite;

import dev.irc.conformance.engine.Engine;
import dev.irc.conformance.engine.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs conformance programs through one {@link Engine} (a mode: the evaluator now, the JIT and
 * AOT targets later) and judges each against CPython's recorded stdout, last stderr line and
 * exit code. A program the engine reports as unsupported is {@code UNSUPPORTED}, never passed.
 */
public final class ConformanceRunner {
  private final Engine engine;

  public ConformanceRunner(Engine engine) {
    this.engine = engine;
  }

  public List<ProgramResult> run(List<SuiteProgram> programs) {
    var results = new ArrayList<ProgramResult>();
    for (SuiteProgram program : programs) {
      results.add(run(program));
    }
    return results;
  }

  public ProgramResult run(SuiteProgram program) {
    long start = System.nanoTime();
    Outcome actual = engine.run(program.source().getFileName().toString(), program.text());
    long millis = (System.nanoTime() - start) / 1_000_000;
    Outcome expected = program.expected();
    if (actual.kind() == Outcome.Kind.UNSUPPORTED) {
      return new ProgramResult(program, ProgramResult.Status.UNSUPPORTED, actual, actual.stderrLast() + " is not supported", millis);
    }
    if (actual.sameAs(expected)) {
      return new ProgramResult(program, ProgramResult.Status.PASSED, actual, "", millis);
    }
    var detail = new StringBuilder();
    if (actual.kind() != Outcome.Kind.RAN) {
      detail.append(actual.kind()).append(": ").append(actual.stderrLast());
    } else {
      if (!actual.stdout().equals(expected.stdout())) {
        detail.append("stdout differs:\n").append(expected.stdout().indent(2)).append("but got\n").append(actual.stdout().indent(2));
      }
      if (!actual.stderrLast().equals(expected.stderrLast())) {
        detail.append("last stderr line: expected '").append(expected.stderrLast()).append("' but got '").append(actual.stderrLast()).append("'\n");
      }
      if (actual.exitCode() != expected.exitCode()) {
        detail.append("exit code: expected ").append(expected.exitCode()).append(" but got ").append(actual.exitCode()).append('\n');
      }
    }
    return new ProgramResult(program, ProgramResult.Status.FAILED, actual, detail.toString(), millis);
  }
}
