package dev.irc.conformance.fuzz;

import java.util.function.Predicate;

/**
 * Reduces a failing program to a small one that still fails the same way: greedily takes the
 * first one-step {@link Reductions} candidate that is smaller and still fails, until none is, or
 * until the budget of checks is spent (then the smallest failing program so far is the result).
 */
public final class ProgramShrinker {
  private final int maxChecks;

  /** A shrinker that runs the failure check at most {@code maxChecks} times. */
  public ProgramShrinker(int maxChecks) {
    this.maxChecks = maxChecks;
  }

  /** The shrunk program; {@code stillFails} must hold for {@code program}. */
  public FuzzProgram shrink(FuzzProgram program, Predicate<FuzzProgram> stillFails) {
    FuzzProgram current = program;
    int checks = 0;
    boolean progress = true;
    while (progress && checks < maxChecks) {
      progress = false;
      int size = current.size();
      for (FuzzProgram candidate : Reductions.of(current)) {
        if (candidate.size() >= size || candidate.source().equals(current.source())) {
          continue;
        }
        if (++checks > maxChecks) {
          break;
        }
        if (stillFails.test(candidate)) {
          current = candidate;
          progress = true;
          break;
        }
      }
    }
    return current;
  }
}
