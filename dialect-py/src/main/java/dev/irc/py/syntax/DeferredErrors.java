package dev.irc.py.syntax;

import dev.irc.ir.diag.DiagnosticException;

/**
 * Holds the first error that CPython reports only after a file has parsed ("'break' outside
 * loop", "duplicate argument", "keyword argument repeated"), so that a real syntax error later
 * in the file still wins, as it does in CPython.
 */
final class DeferredErrors {
  private final TokenCursor tokens;
  private DiagnosticException first;

  DeferredErrors(TokenCursor tokens) {
    this.tokens = tokens;
  }

  /** Records an error at {@code token} unless an earlier one is already recorded. */
  void add(Token token, String message) {
    if (first == null) {
      first = tokens.error(token, message);
    }
  }

  /** Throws the recorded error, if any. */
  void throwIfAny() {
    if (first != null) {
      throw first;
    }
  }
}
