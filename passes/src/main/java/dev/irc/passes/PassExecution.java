package dev.irc.passes;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;

/**
 * What a pass sees while it runs on one operation: the context, a place to report
 * diagnostics, and the switch that marks the run as failed. A pass fails by emitting an error
 * ({@link #emitError}) or by calling {@link #signalFailure()} after reporting some other way;
 * the pass manager then stops the pipeline.
 */
public final class PassExecution {
  private final Pass pass;
  private final IrContext context;
  private final DiagnosticEngine diagnostics;
  private boolean failed;

  PassExecution(Pass pass, IrContext context, DiagnosticEngine diagnostics) {
    this.pass = pass;
    this.context = context;
    this.diagnostics = diagnostics;
  }

  public Pass pass() {
    return pass;
  }

  public IrContext context() {
    return context;
  }

  /** Where warnings and remarks go; errors should go through {@link #emitError}. */
  public DiagnosticEngine diagnostics() {
    return diagnostics;
  }

  /** Reports an error located at {@code op} and marks the run as failed. */
  public void emitError(Operation op, String message) {
    emitError(Diagnostic.error(op.location(), message));
  }

  /** Reports {@code diagnostic} and marks the run as failed. */
  public void emitError(Diagnostic diagnostic) {
    diagnostics.emit(diagnostic);
    failed = true;
  }

  /** Marks the run as failed; the pass has reported why. */
  public void signalFailure() {
    failed = true;
  }

  public boolean failed() {
    return failed;
  }
}
