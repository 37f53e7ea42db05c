package dev.irc.conformance.fuzz;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a {@link FuzzProgram} as Python source: four-space indentation, every nested compound
 * expression in parentheses (so precedence never depends on the printer), {@code elif} for an
 * else branch that is a single {@code if}, {@code except (A, B) as e:} for a handler of several
 * classes.
 */
public final class SourceWriter {
  private final StringBuilder out = new StringBuilder();

  private SourceWriter() {}

  /** The source text of {@code program}. */
  public static String write(FuzzProgram program) {
    var writer = new SourceWriter();
    writer.out.append("import math\n");
    for (FuzzFunction function : program.functions()) {
      writer.out.append('\n');
      writer.function(function);
    }
    if (!program.functions().isEmpty()) {
      writer.out.append('\n');
    }
    writer.block(program.main(), 0, false);
    return writer.out.toString();
  }

  /** The source text of one expression, as it would appear as a statement's value. */
  public static String expression(FuzzExpr expr) {
    return top(expr);
  }

  private void function(FuzzFunction function) {
    var parameters = new StringBuilder();
    int firstDefault = function.parameters().size() - function.defaults().size();
    for (int i = 0; i < function.parameters().size(); i++) {
      if (i > 0) {
        parameters.append(", ");
      }
      parameters.append(function.parameters().get(i));
      if (i >= firstDefault) {
        parameters.append('=').append(top(function.defaults().get(i - firstDefault)));
      }
    }
    out.append("def ").append(function.name()).append('(').append(parameters).append("):\n");
    block(function.body(), 1, true);
  }

  private void block(List<FuzzStmt> statements, int depth, boolean nonEmpty) {
    if (statements.isEmpty() && nonEmpty) {
      line(depth, "pass");
    }
    for (FuzzStmt statement : statements) {
      statement(statement, depth);
    }
  }

  private void statement(FuzzStmt statement, int depth) {
    switch (statement) {
      case FuzzStmt.Assign(String target, FuzzExpr value) -> line(depth, target + " = " + top(value));
      case FuzzStmt.AugAssign(String target, String op, FuzzExpr value) -> line(depth, target + " " + op + "= " + top(value));
      case FuzzStmt.Print(List<FuzzExpr> arguments, var sep, var end) -> {
        var text = new StringBuilder(arguments.stream().map(SourceWriter::top).collect(Collectors.joining(", ")));
        sep.ifPresent(s -> text.append(text.isEmpty() ? "" : ", ").append("sep=").append(quote(s)));
        end.ifPresent(e -> text.append(text.isEmpty() ? "" : ", ").append("end=").append(quote(e)));
        line(depth, "print(" + text + ")");
      }
      case FuzzStmt.If anIf -> ifChain(anIf, depth, "if ");
      case FuzzStmt.ForRange(String variable, List<Long> bounds, List<FuzzStmt> body, List<FuzzStmt> orelse) -> {
        String range = bounds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        line(depth, "for " + variable + " in range(" + range + "):");
        block(body, depth + 1, true);
        elseBlock(orelse, depth);
      }
      case FuzzStmt.CountedWhile(String counter, long limit, List<FuzzStmt> body, List<FuzzStmt> orelse) -> {
        line(depth, counter + " = 0");
        line(depth, "while " + counter + " < " + limit + ":");
        line(depth + 1, counter + " += 1");
        block(body, depth + 1, false);
        elseBlock(orelse, depth);
      }
      case FuzzStmt.Break() -> line(depth, "break");
      case FuzzStmt.Continue() -> line(depth, "continue");
      case FuzzStmt.Pass() -> line(depth, "pass");
      case FuzzStmt.Return(FuzzExpr value) -> line(depth, "return " + top(value));
      case FuzzStmt.Global(List<String> names) -> line(depth, "global " + String.join(", ", names));
      case FuzzStmt.Assert(FuzzExpr condition, var message) ->
          line(depth, "assert " + top(condition) + message.map(m -> ", " + quote(m)).orElse(""));
      case FuzzStmt.ExprStmt(FuzzExpr value) -> line(depth, top(value));
      case FuzzStmt.Raise(FuzzStmt.ExceptionValue exception, var cause) ->
          line(depth, "raise " + exception(exception) + cause.map(c -> " from " + exception(c)).orElse(""));
      case FuzzStmt.Reraise() -> line(depth, "raise");
      case FuzzStmt.Try(List<FuzzStmt> body, List<FuzzStmt.Handler> handlers, List<FuzzStmt> orelse, List<FuzzStmt> finalbody) -> {
        line(depth, "try:");
        block(body, depth + 1, true);
        for (FuzzStmt.Handler handler : handlers) {
          String types = switch (handler.types().size()) {
            case 0 -> "";
            case 1 -> " " + handler.types().getFirst();
            default -> " (" + String.join(", ", handler.types()) + ")";
          };
          line(depth, "except" + types + handler.name().map(n -> " as " + n).orElse("") + ":");
          block(handler.body(), depth + 1, true);
        }
        elseBlock(orelse, depth);
        if (!finalbody.isEmpty() || handlers.isEmpty()) {
          line(depth, "finally:");
          block(finalbody, depth + 1, true);
        }
      }
    }
  }

  private static String exception(FuzzStmt.ExceptionValue exception) {
    return exception.type() + exception.argument().map(a -> "(" + top(a) + ")").orElse("");
  }

  private void ifChain(FuzzStmt.If anIf, int depth, String keyword) {
    line(depth, keyword + top(anIf.condition()) + ":");
    block(anIf.then(), depth + 1, true);
    if (anIf.otherwise().size() == 1 && anIf.otherwise().getFirst() instanceof FuzzStmt.If nested) {
      ifChain(nested, depth, "elif ");
    } else {
      elseBlock(anIf.otherwise(), depth);
    }
  }

  private void elseBlock(List<FuzzStmt> orelse, int depth) {
    if (!orelse.isEmpty()) {
      line(depth, "else:");
      block(orelse, depth + 1, true);
    }
  }

  private void line(int depth, String text) {
    out.append("    ".repeat(depth)).append(text).append('\n');
  }

  private static String top(FuzzExpr expr) {
    return switch (expr) {
      case FuzzExpr.Literal(String text) -> text;
      case FuzzExpr.Name(String name) -> name;
      case FuzzExpr.Binary(String op, FuzzExpr left, FuzzExpr right) -> nested(left) + " " + op + " " + nested(right);
      case FuzzExpr.Unary(String op, FuzzExpr operand) -> op + nested(operand);
      case FuzzExpr.Compare(List<FuzzExpr> operands, List<String> ops) -> {
        var text = new StringBuilder(nested(operands.getFirst()));
        for (int i = 0; i < ops.size(); i++) {
          text.append(' ').append(ops.get(i)).append(' ').append(nested(operands.get(i + 1)));
        }
        yield text.toString();
      }
      case FuzzExpr.BoolOp(String op, FuzzExpr left, FuzzExpr right) -> nested(left) + " " + op + " " + nested(right);
      case FuzzExpr.Conditional(FuzzExpr condition, FuzzExpr then, FuzzExpr otherwise) ->
          nested(then) + " if " + nested(condition) + " else " + nested(otherwise);
      case FuzzExpr.Call(String function, List<FuzzExpr> arguments) ->
          function + "(" + arguments.stream().map(SourceWriter::top).collect(Collectors.joining(", ")) + ")";
    };
  }

  private static String nested(FuzzExpr expr) {
    return switch (expr) {
      case FuzzExpr.Literal literal when !literal.text().startsWith("-") -> literal.text();
      case FuzzExpr.Name name -> name.name();
      case FuzzExpr.Call call -> top(call);
      default -> "(" + top(expr) + ")";
    };
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
