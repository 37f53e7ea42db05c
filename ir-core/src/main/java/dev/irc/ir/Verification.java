package dev.irc.ir;

import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;

/**
 * The channel through which verifiers report problems. Messages about an operation are
 * prefixed the way MLIR does ({@code 'arith.addi' op requires ...}) and located at the op.
 */
public final class Verification {
  private final DiagnosticEngine diagnostics;
  private int errorCount;

  public Verification(DiagnosticEngine diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reports {@code message} about {@code op}. */
  public void opError(Operation op, String message) {
    emit(Diagnostic.error(op.location(), "'" + op.name() + "' op " + message));
  }

  public void emit(Diagnostic diagnostic) {
    if (diagnostic.severity() == dev.irc.ir.diag.Severity.ERROR) {
      errorCount++;
    }
    diagnostics.emit(diagnostic);
  }

  public boolean failed() {
    return errorCount > 0;
  }

  /** How many errors were reported so far. */
  public int errorCount() {
    return errorCount;
  }
}
