package dev.irc.filecheck;

/**
 * The outcome of one FileCheck run: passed, or failed with the diagnostics LLVM would print.
 *
 * <p>Callers such as the lit runner need both the verdict and the text to show, and the exit
 * code distinguishes a failed match (1) from a malformed check file or input (2).
 */
public sealed interface FileCheckResult {

  /** Whether every directive matched. */
  boolean passed();

  /** The rendered diagnostics, empty when the check passed. */
  String diagnostics();

  /** The process exit code FileCheck would return: 0, 1 for a mismatch, 2 for bad usage. */
  int exitCode();

  /** A successful check. */
  record Passed() implements FileCheckResult {
    @Override
    public boolean passed() {
      return true;
    }

    @Override
    public String diagnostics() {
      return "";
    }

    @Override
    public int exitCode() {
      return 0;
    }
  }

  /**
   * A failed check.
   *
   * @param diagnostics the error text, in LLVM's format
   * @param exitCode 1 when the input did not match, 2 when the check file or input was invalid
   */
  record Failed(String diagnostics, int exitCode) implements FileCheckResult {
    @Override
    public boolean passed() {
      return false;
    }
  }
}
