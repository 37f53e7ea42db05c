package dev.irc.ir.diag;

import java.util.List;

/**
 * Thrown when input is wrong in a way that stops the current stage (a parse error, a failed
 * verification). It carries diagnostics for the user, never an internal fault: tools catch it
 * and render the diagnostics instead of a stack trace.
 */
public final class DiagnosticException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public DiagnosticException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "error" : diagnostics.getFirst().message(), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public DiagnosticException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
