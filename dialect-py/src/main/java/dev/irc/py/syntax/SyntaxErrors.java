package dev.irc.py.syntax;

import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;

/**
 * Builds the exception for a syntax error at a character offset of a source file.
 *
 * <p>Tokenizer and parser stop at the first error, as CPython does; both report it through
 * here so that every syntax error is a {@link DiagnosticException} with an exact location.
 */
final class SyntaxErrors {
  private final SourceFile source;

  SyntaxErrors(SourceFile source) {
    this.source = source;
  }

  /** An error located at character {@code offset} (clamped into the file). */
  DiagnosticException at(int offset, String message) {
    int clamped = Math.max(0, Math.min(offset, source.text().length()));
    return new DiagnosticException(Diagnostic.error(source.locationOf(clamped), message));
  }

  /** An error for a construct outside the subset irc compiles. */
  DiagnosticException unsupported(int offset, String construct) {
    return at(offset, construct + " is not supported by irc");
  }

  SourceFile source() {
    return source;
  }
}
