package dev.irc.py.ast;

import java.util.List;
import java.util.Optional;

/**
 * One {@code except [type [as name]]: body} clause of a {@code try} statement; {@code type}
 * is absent for a bare {@code except:}, and may be a tuple of types.
 */
public record ExceptHandler(Optional<Expr> type, Optional<String> name, List<Stmt> body, Span span) implements Node {
  public ExceptHandler {
    body = List.copyOf(body);
  }
}
