package dev.irc.filecheck;

/**
 * The kind of a check directive ({@code CHECK}, {@code CHECK-NEXT}, ...), plus the implicit
 * end-of-file check that anchors trailing {@code CHECK-DAG}/{@code CHECK-NOT} groups.
 *
 * <p>The matcher's behaviour and the diagnostics' wording both depend on the kind, so it is one
 * closed set rather than strings.
 */
public enum CheckKind {
  PLAIN(""),
  NEXT("-NEXT"),
  SAME("-SAME"),
  NOT("-NOT"),
  DAG("-DAG"),
  LABEL("-LABEL"),
  EMPTY("-EMPTY"),
  EOF("");

  private final String suffix;

  CheckKind(String suffix) {
    this.suffix = suffix;
  }

  /** The directive name as LLVM prints it in diagnostics, e.g. {@code CHECK-NEXT}. */
  public String describe(String prefix, int count) {
    if (this == EOF) {
      return "implicit EOF";
    }
    if (this == PLAIN && count > 1) {
      return prefix + "-COUNT";
    }
    return prefix + suffix;
  }
}
