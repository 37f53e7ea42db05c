package dev.irc.py.ast;

import java.util.List;

/**
 * One {@code for target in iter if cond...} clause of a comprehension.
 *
 * <p>Kept as its own node because a comprehension may have several clauses, each with its own
 * target and filters.
 */
public record Comprehension(Expr target, Expr iter, List<Expr> conditions, Span span)
    implements Node {
  public Comprehension {
    conditions = List.copyOf(conditions);
  }
}
