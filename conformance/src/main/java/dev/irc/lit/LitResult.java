package dev.irc.lit;

/**
 * The outcome of running one lit test: passed, or failed with a report of the failing RUN line.
 *
 * <p>The report is what a developer needs to reproduce the failure: the substituted command,
 * each stage's exit code, and each stage's captured output.
 *
 * @param passed whether every RUN line succeeded
 * @param report empty on success; otherwise the failure description
 */
public record LitResult(boolean passed, String report) {

  /** A passing result. */
  public static LitResult pass() {
    return new LitResult(true, "");
  }

  /** A failing result with {@code report}. */
  public static LitResult fail(String report) {
    return new LitResult(false, report);
  }
}
