package dev.irc.ir.diag;

/** How serious a {@link Diagnostic} is; the lowercase name is what the user sees. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE,
  REMARK;

  /** The word printed in {@code file:line:col: error: message}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
