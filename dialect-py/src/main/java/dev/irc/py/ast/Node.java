package dev.irc.py.ast;

import dev.irc.ir.diag.Location;

/**
 * A node of the Python syntax tree: a statement, an expression or one of their parts.
 *
 * <p>It exists so that every node answers the same question, "where did you come from?", in
 * the same way.
 */
public sealed interface Node permits Stmt, Expr, Parameter, Keyword, ImportAlias, Comprehension, ExceptHandler {

  /** The source range this node was parsed from. */
  Span span();

  /** The start of this node, for diagnostics and IR locations. */
  default Location location() {
    return span().location();
  }
}
