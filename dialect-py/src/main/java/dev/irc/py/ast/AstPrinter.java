package dev.irc.py.ast;

import java.util.List;
import java.util.Optional;

/**
 * Dumps a syntax tree as S-expressions, one statement per line and blocks indented, e.g.
 *
 * <pre>
 * (def f (a (b = 1))
 *   (return (binary + a b)))
 * </pre>
 *
 * <p>It exists for tests (the expected tree is text beside the input) and for
 * {@code --emit=ast}; locations are not printed.
 */
public final class AstPrinter {
  private final StringBuilder out = new StringBuilder();

  private AstPrinter() {}

  /** The dump of a whole module, one top-level statement per line. */
  public static String print(Module module) {
    var printer = new AstPrinter();
    printer.statements(module.body(), 0);
    return printer.out.toString();
  }

  /** The one-line dump of an expression. */
  public static String print(Expr expr) {
    var printer = new AstPrinter();
    printer.expr(expr);
    return printer.out.toString();
  }

  private void statements(List<Stmt> body, int indent) {
    for (Stmt stmt : body) {
      out.append("  ".repeat(indent));
      statement(stmt, indent);
      out.append('\n');
    }
  }

  private void statement(Stmt stmt, int indent) {
    switch (stmt) {
      case Stmt.ExprStmt s -> {
        out.append("(expr ");
        expr(s.value());
        out.append(')');
      }
      case Stmt.Assign s -> {
        out.append("(assign ");
        for (Expr target : s.targets()) {
          expr(target);
          out.append(" = ");
        }
        expr(s.value());
        out.append(')');
      }
      case Stmt.AugAssign s -> {
        out.append("(augassign ");
        expr(s.target());
        out.append(' ').append(s.op().symbol()).append("= ");
        expr(s.value());
        out.append(')');
      }
      case Stmt.AnnAssign s -> {
        out.append("(annassign ");
        expr(s.target());
        out.append(" : ");
        expr(s.annotation());
        s.value().ifPresent(value -> {
          out.append(" = ");
          expr(value);
        });
        out.append(')');
      }
      case Stmt.If s -> {
        out.append("(if ");
        expr(s.test());
        block(s.body(), s.orElse(), indent);
      }
      case Stmt.While s -> {
        out.append("(while ");
        expr(s.test());
        block(s.body(), s.orElse(), indent);
      }
      case Stmt.For s -> {
        out.append("(for ");
        expr(s.target());
        out.append(" in ");
        expr(s.iter());
        block(s.body(), s.orElse(), indent);
      }
      case Stmt.Break s -> out.append("(break)");
      case Stmt.Continue s -> out.append("(continue)");
      case Stmt.Pass s -> out.append("(pass)");
      case Stmt.FunctionDef s -> {
        out.append("(def ").append(s.name()).append(" (");
        for (int i = 0; i < s.parameters().size(); i++) {
          if (i > 0) {
            out.append(' ');
          }
          parameter(s.parameters().get(i));
        }
        out.append(')');
        s.returns().ifPresent(returns -> {
          out.append(" -> ");
          expr(returns);
        });
        block(s.body(), List.of(), indent);
      }
      case Stmt.Return s -> {
        out.append("(return");
        optional(s.value());
        out.append(')');
      }
      case Stmt.Global s -> out.append("(global ").append(String.join(" ", s.names())).append(')');
      case Stmt.Assert s -> {
        out.append("(assert ");
        expr(s.test());
        optional(s.message());
        out.append(')');
      }
      case Stmt.Raise s -> {
        out.append("(raise");
        optional(s.exception());
        s.cause().ifPresent(cause -> {
          out.append(" from ");
          expr(cause);
        });
        out.append(')');
      }
      case Stmt.Try s -> {
        out.append("(try");
        block(s.body(), List.of(), indent);
        for (ExceptHandler handler : s.handlers()) {
          out.append('\n').append("  ".repeat(indent)).append(" (except");
          optional(handler.type());
          handler.name().ifPresent(name -> out.append(" as ").append(name));
          block(handler.body(), List.of(), indent);
        }
        if (!s.orElse().isEmpty()) {
          out.append('\n').append("  ".repeat(indent)).append(" (else");
          block(s.orElse(), List.of(), indent);
        }
        if (!s.finalBody().isEmpty()) {
          out.append('\n').append("  ".repeat(indent)).append(" (finally");
          block(s.finalBody(), List.of(), indent);
        }
        out.append(')');
      }
      case Stmt.Import s -> {
        out.append("(import");
        s.names().forEach(this::alias);
        out.append(')');
      }
      case Stmt.ImportFrom s -> {
        out.append("(from ").append(s.module()).append(" import");
        s.names().forEach(this::alias);
        out.append(')');
      }
    }
  }

  private void block(List<Stmt> body, List<Stmt> orElse, int indent) {
    out.append('\n');
    statements(body, indent + 1);
    if (!orElse.isEmpty()) {
      out.append("  ".repeat(indent)).append(" else\n");
      statements(orElse, indent + 1);
    }
    out.setLength(out.length() - 1);
    out.append(')');
  }

  private void parameter(Parameter parameter) {
    boolean plain = parameter.annotation().isEmpty() && parameter.defaultValue().isEmpty();
    if (plain) {
      out.append(parameter.name());
      return;
    }
    out.append('(').append(parameter.name());
    parameter.annotation().ifPresent(annotation -> {
      out.append(" : ");
      expr(annotation);
    });
    parameter.defaultValue().ifPresent(value -> {
      out.append(" = ");
      expr(value);
    });
    out.append(')');
  }

  private void alias(ImportAlias alias) {
    out.append(' ').append(alias.name());
    alias.asName().ifPresent(as -> out.append(" as ").append(as));
  }

  private void optional(Optional<Expr> expr) {
    expr.ifPresent(value -> {
      out.append(' ');
      expr(value);
    });
  }

  private void expr(Expr expr) {
    switch (expr) {
      case Expr.Name e -> out.append(e.id());
      case Expr.IntLiteral e -> out.append(e.value());
      case Expr.FloatLiteral e -> out.append("(float ").append(e.value()).append(')');
      case Expr.StringLiteral e -> quoted(e.value());
      case Expr.BoolLiteral e -> out.append(e.value() ? "True" : "False");
      case Expr.NoneLiteral e -> out.append("None");
      case Expr.Binary e -> {
        out.append("(binary ").append(e.op().symbol()).append(' ');
        expr(e.left());
        out.append(' ');
        expr(e.right());
        out.append(')');
      }
      case Expr.Unary e -> {
        out.append("(unary ").append(e.op().symbol()).append(' ');
        expr(e.operand());
        out.append(')');
      }
      case Expr.BoolOp e -> {
        out.append('(').append(e.op().symbol());
        for (Expr operand : e.operands()) {
          out.append(' ');
          expr(operand);
        }
        out.append(')');
      }
      case Expr.Compare e -> {
        out.append("(compare ");
        expr(e.left());
        for (int i = 0; i < e.ops().size(); i++) {
          out.append(' ').append(e.ops().get(i).symbol()).append(' ');
          expr(e.comparators().get(i));
        }
        out.append(')');
      }
      case Expr.Conditional e -> {
        out.append("(ifexp ");
        expr(e.test());
        out.append(' ');
        expr(e.body());
        out.append(' ');
        expr(e.orElse());
        out.append(')');
      }
      case Expr.Call e -> {
        out.append("(call ");
        expr(e.func());
        for (Expr arg : e.args()) {
          out.append(' ');
          expr(arg);
        }
        for (Keyword keyword : e.keywords()) {
          out.append(' ').append(keyword.name()).append('=');
          expr(keyword.value());
        }
        out.append(')');
      }
      case Expr.Attribute e -> {
        out.append("(attr ");
        expr(e.value());
        out.append(' ').append(e.attr()).append(')');
      }
      case Expr.Subscript e -> {
        out.append("(subscript ");
        expr(e.value());
        out.append(' ');
        expr(e.index());
        out.append(')');
      }
      case Expr.Slice e -> {
        out.append("(slice");
        for (Optional<Expr> bound : List.of(e.lower(), e.upper(), e.step())) {
          out.append(' ');
          bound.ifPresentOrElse(this::expr, () -> out.append('_'));
        }
        out.append(')');
      }
      case Expr.Tuple e -> sequence("tuple", e.elements());
      case Expr.ListDisplay e -> sequence("list", e.elements());
      case Expr.ListComprehension e -> {
        out.append("(listcomp ");
        expr(e.element());
        for (Comprehension generator : e.generators()) {
          out.append(" (for ");
          expr(generator.target());
          out.append(" in ");
          expr(generator.iter());
          for (Expr condition : generator.conditions()) {
            out.append(" if ");
            expr(condition);
          }
          out.append(')');
        }
        out.append(')');
      }
    }
  }

  private void sequence(String name, List<Expr> elements) {
    out.append('(').append(name);
    for (Expr element : elements) {
      out.append(' ');
      expr(element);
    }
    out.append(')');
  }

  private void quoted(String value) {
    out.append('"');
    value.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    out.append('"');
  }
}
