package dev.irc.conformance.fuzz;

/** A short, line-based description of how one standard output differs from the expected one. */
final class StdoutDiff {
  private static final int CONTEXT_LINES = 20;

  private StdoutDiff() {}

  /** {@code actual}'s lines indented; if {@code expected} is given, the first differing line marked. */
  static String describe(String expected, String actual) {
    String[] lines = actual.split("\n", -1);
    String[] wanted = expected == null ? new String[0] : expected.split("\n", -1);
    int first = 0;
    if (expected != null) {
      while (first < lines.length && first < wanted.length && lines[first].equals(wanted[first])) {
        first++;
      }
    }
    var text = new StringBuilder();
    int from = expected == null ? 0 : Math.max(0, first - 2);
    for (int i = from; i < lines.length && i < from + CONTEXT_LINES; i++) {
      text.append(expected != null && i == first ? "    > " : "    | ").append(lines[i]).append('\n');
    }
    if (expected != null && first < wanted.length) {
      text.append("    expected line ").append(first + 1).append(": ").append(wanted[first]).append('\n');
    }
    return text.toString();
  }
}
