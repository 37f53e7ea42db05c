package dev.irc.conformance.suite;

import dev.irc.conformance.engine.Outcome;

/** How one conformance program fared in one mode: passed, failed (with what differed) or unsupported. */
public record ProgramResult(SuiteProgram program, Status status, Outcome actual, String detail, long millis) {
  /** The three answers of the summary table. */
  public enum Status {
    PASSED,
    FAILED,
    /** The mode rejected a construct it does not support; never counted as passed. */
    UNSUPPORTED
  }
}
