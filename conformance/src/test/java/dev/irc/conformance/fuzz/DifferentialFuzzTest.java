package dev.irc.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.irc.conformance.engine.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast differential budget of the normal test run: a few hundred generated programs through
 * CPython (when python3 is 3.11), {@code irc run --interp} and the evaluator after
 * {@code canonicalize,cse}. A failure prints the seed and the shrunk program (also written to
 * {@code target/fuzz-failures/}); {@code -Dirc.seed=N} replays program N first,
 * {@code -Dirc.fuzz.programs=K} changes how many run.
 */
class DifferentialFuzzTest {
  private static final int MAX_REPORTED_FAILURES = 3;

  @Test
  void enginesAgreeOnGeneratedPrograms() {
    long master = SeedText.configured();
    int programs = Integer.getInteger("irc.fuzz.programs", System.getProperty("irc.seed") != null ? 1 : 300);
    List<Engine> engines = FuzzEngines.standard(true);
    var failures = new ArrayList<DifferentialHarness.Failure>();
    int skipped = 0;
    try {
      // raise and try join once irc supports them (FuzzEngines.generatorOptions probes the engines).
      var harness = new DifferentialHarness(engines, new ProgramGenerator(FuzzEngines.generatorOptions(engines)),
          new ProgramShrinker(2000), Path.of("target/fuzz-failures"));
      for (int i = 0; i < programs && failures.size() < MAX_REPORTED_FAILURES; i++) {
        DifferentialHarness.Result result = harness.check(DifferentialHarness.programSeed(master, i));
        result.failure().ifPresent(failures::add);
        if (result.verdict() instanceof Verdict.Skipped) {
          skipped++;
        }
      }
    } finally {
      engines.forEach(Engine::close);
    }
    assertTrue(skipped <= programs / 10, "too many programs skipped (oracle timeouts): " + skipped);
    if (!failures.isEmpty()) {
      var report = new StringBuilder(failures.size() + " generated program(s) made the engines disagree:\n\n");
      failures.forEach(f -> report.append(f.report()).append('\n'));
      fail(report.toString());
    }
  }
}
