package dev.irc.py.ast;

import java.util.List;
import java.util.Optional;

/**
 * A Python statement of the subset irc compiles.
 *
 * <p>As with {@link Expr}, only accepted constructs have a record here, so consumers can
 * switch over this sealed interface exhaustively.
 */
public sealed interface Stmt extends Node {

  /** An expression evaluated for its effect, e.g. a call to {@code print}. */
  record ExprStmt(Expr value, Span span) implements Stmt {}

  /**
   * {@code t1 = t2 = ... = value}: one or more targets, each a name, attribute, subscript or a
   * tuple/list of targets.
   */
  record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {
    public Assign {
      targets = List.copyOf(targets);
    }
  }

  /** {@code target op= value}; {@code target} is a name, attribute or subscript. */
  record AugAssign(Expr target, BinaryOperator op, Expr value, Span span) implements Stmt {}

  /** {@code target: annotation [= value]}; the annotation is kept but not used for typing. */
  record AnnAssign(Expr target, Expr annotation, Optional<Expr> value, Span span)
      implements Stmt {}

  /** {@code if test: body else: orElse}; an {@code elif} is a nested {@code If} in orElse. */
  record If(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
    public If {
      body = List.copyOf(body);
      orElse = List.copyOf(orElse);
    }
  }

  /** {@code while test: body else: orElse}. */
  record While(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {
    public While {
      body = List.copyOf(body);
      orElse = List.copyOf(orElse);
    }
  }

  /** {@code for target in iter: body else: orElse}. */
  record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, Span span)
      implements Stmt {
    public For {
      body = List.copyOf(body);
      orElse = List.copyOf(orElse);
    }
  }

  /** {@code break}, always inside a loop (checked by the parser). */
  record Break(Span span) implements Stmt {}

  /** {@code continue}, always inside a loop (checked by the parser). */
  record Continue(Span span) implements Stmt {}

  /** {@code pass}. */
  record Pass(Span span) implements Stmt {}

  /** {@code def name(parameters) -> returns: body}. */
  record FunctionDef(
      String name, List<Parameter> parameters, Optional<Expr> returns, List<Stmt> body, Span span)
      implements Stmt {
    public FunctionDef {
      parameters = List.copyOf(parameters);
      body = List.copyOf(body);
    }
  }

  /** {@code return [value]}, always inside a function (checked by the parser). */
  record Return(Optional<Expr> value, Span span) implements Stmt {}

  /** {@code global a, b}. */
  record Global(List<String> names, Span span) implements Stmt {
    public Global {
      names = List.copyOf(names);
    }
  }

  /** {@code assert test [, message]}. */
  record Assert(Expr test, Optional<Expr> message, Span span) implements Stmt {}

  /**
   * {@code raise [exception [from cause]]}; a bare {@code raise} re-raises the exception being
   * handled.
   */
  record Raise(Optional<Expr> exception, Optional<Expr> cause, Span span) implements Stmt {}

  /**
   * {@code try: body except...: handlers else: orElse finally: finalBody}; at least one handler
   * or a finally block (checked by the parser), and an else block only with handlers.
   */
  record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody, Span span)
      implements Stmt {
    public Try {
      body = List.copyOf(body);
      handlers = List.copyOf(handlers);
      orElse = List.copyOf(orElse);
      finalBody = List.copyOf(finalBody);
    }
  }

  /** {@code import math [as m], ...}; only supported modules get past the parser. */
  record Import(List<ImportAlias> names, Span span) implements Stmt {
    public Import {
      names = List.copyOf(names);
    }
  }

  /** {@code from module import a [as b], ...}; only supported modules get past the parser. */
  record ImportFrom(String module, List<ImportAlias> names, Span span) implements Stmt {
    public ImportFrom {
      names = List.copyOf(names);
    }
  }
}
