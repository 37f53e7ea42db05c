package dev.irc.conformance.fuzz;

import dev.irc.conformance.engine.Outcome;
import java.util.List;

/**
 * What the engines said about one program: they agreed, the oracle could not give an answer
 * (timeout: the program is skipped), or some engine disagreed with the oracle (the first engine).
 */
public sealed interface Verdict {
  /** Every engine gave the oracle's outcome. */
  record Agree(Outcome outcome) implements Verdict {}

  /** The oracle did not run the program to the end; nothing to compare. */
  record Skipped(String reason) implements Verdict {}

  /**
   * At least one engine disagreed; {@code signature} says which engines differed in what, and
   * is what a shrunk program must keep to "fail the same way".
   */
  record Disagree(List<String> engines, List<Outcome> outcomes, String signature) implements Verdict {
    public Disagree {
      engines = List.copyOf(engines);
      outcomes = List.copyOf(outcomes);
    }

    /** The outcomes side by side, the oracle's first, with the differing parts marked. */
    public String diff() {
      var text = new StringBuilder();
      Outcome oracle = outcomes.getFirst();
      for (int i = 0; i < engines.size(); i++) {
        Outcome o = outcomes.get(i);
        boolean differs = i > 0 && !o.sameAs(oracle);
        text.append(differs ? "✗ " : "  ").append(engines.get(i)).append(": ").append(o.kind())
            .append(", exit ").append(o.exitCode()).append(", stderr last line: ").append(o.stderrLast()).append('\n');
        if (i == 0 || !o.stdout().equals(oracle.stdout())) {
          text.append(StdoutDiff.describe(i == 0 ? null : oracle.stdout(), o.stdout()));
        }
      }
      return text.toString();
    }
  }
}
