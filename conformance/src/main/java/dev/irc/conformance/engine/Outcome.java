package dev.irc.conformance.engine;

/**
 * What running a program gave: its standard output, the last non-empty line of standard error
 * (the {@code ExcType: message} line of a traceback, or "") and the exit code; or that the engine
 * does not support the program, did not finish in time, or failed internally.
 */
public record Outcome(Kind kind, String stdout, String stderrLast, int exitCode) {
  /** How a run ended. */
  public enum Kind {
    /** The program ran (normally or by raising); the other fields are its results. */
    RAN,
    /** The engine rejected a construct it does not support ("... is not supported by irc"). */
    UNSUPPORTED,
    /** The program did not finish in the engine's time limit. */
    TIMEOUT,
    /** The engine itself failed (a Java exception, a dead process). */
    ENGINE_ERROR
  }

  public static Outcome ran(String stdout, String stderr, int exitCode) {
    return new Outcome(Kind.RAN, stdout, lastLine(stderr), exitCode);
  }

  public static Outcome of(Kind kind, String detail) {
    return new Outcome(kind, "", detail, -1);
  }

  /** The last non-empty line of {@code text}, stripped, or "". */
  public static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines.length == 0 ? "" : lines[lines.length - 1].strip();
  }

  /** The exception type of the last stderr line ({@code ZeroDivisionError}), or "". */
  public String exceptionType() {
    int colon = stderrLast.indexOf(':');
    return colon < 0 ? stderrLast : stderrLast.substring(0, colon);
  }

  /** Whether two outcomes agree on everything CPython conformance checks. */
  public boolean sameAs(Outcome other) {
    return kind == other.kind && stdout.equals(other.stdout) && stderrLast.equals(other.stderrLast) && exitCode == other.exitCode;
  }
}
