package dev.irc.py.irgen;

import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.py.ast.Node;

/** The diagnostics SSA construction raises for Python the irc subset does not cover. */
final class Unsupported {
  private Unsupported() {}

  /** "{@code construct} is not supported by irc" at {@code node}. */
  static DiagnosticException construct(Node node, String construct) {
    return new DiagnosticException(Diagnostic.error(node.location(), construct + " is not supported by irc"));
  }

  /** An error at {@code node} with {@code message} as is. */
  static DiagnosticException error(Node node, String message) {
    return new DiagnosticException(Diagnostic.error(node.location(), message));
  }
}
