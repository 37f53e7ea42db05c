package dev.irc.conformance.fuzz;

import java.util.List;

/** Counts the statements and expression nodes of a program: the measure shrinking decreases. */
final class ProgramSize {
  private ProgramSize() {}

  static int of(FuzzProgram program) {
    int size = block(program.main());
    for (FuzzFunction function : program.functions()) {
      size += 1 + block(function.body()) + function.defaults().stream().mapToInt(ProgramSize::expr).sum();
    }
    return size;
  }

  static int block(List<FuzzStmt> statements) {
    return statements.stream().mapToInt(ProgramSize::statement).sum();
  }

  private static int statement(FuzzStmt statement) {
    return 1 + switch (statement) {
      case FuzzStmt.Assign(var target, FuzzExpr value) -> expr(value);
      case FuzzStmt.AugAssign(var target, var op, FuzzExpr value) -> expr(value);
      case FuzzStmt.Print(List<FuzzExpr> arguments, var sep, var end) ->
          arguments.stream().mapToInt(ProgramSize::expr).sum() + (sep.isPresent() ? 1 : 0) + (end.isPresent() ? 1 : 0);
      case FuzzStmt.If(FuzzExpr condition, var then, var otherwise) -> expr(condition) + block(then) + block(otherwise);
      case FuzzStmt.ForRange(var variable, var bounds, var body, var orelse) -> bounds.size() + block(body) + block(orelse);
      case FuzzStmt.CountedWhile(var counter, long limit, var body, var orelse) -> 1 + block(body) + block(orelse);
      case FuzzStmt.Return(FuzzExpr value) -> expr(value);
      case FuzzStmt.Assert(FuzzExpr condition, var message) -> expr(condition) + (message.isPresent() ? 1 : 0);
      case FuzzStmt.ExprStmt(FuzzExpr value) -> expr(value);
      case FuzzStmt.Break b -> 0;
      case FuzzStmt.Continue c -> 0;
      case FuzzStmt.Pass p -> 0;
      case FuzzStmt.Global g -> 0;
      case FuzzStmt.Raise(FuzzStmt.ExceptionValue exception, var cause) -> exception(exception) + cause.map(ProgramSize::exception).orElse(0);
      case FuzzStmt.Reraise r -> 1;
      case FuzzStmt.Try(var body, List<FuzzStmt.Handler> handlers, var orelse, var finalbody) ->
          block(body) + handlers.stream().mapToInt(ProgramSize::handler).sum() + block(orelse) + block(finalbody);
    };
  }

  /** A handler counts one, plus one per class and for the bound name, plus its body. */
  private static int handler(FuzzStmt.Handler handler) {
    return 1 + handler.types().size() + (handler.name().isPresent() ? 1 : 0) + block(handler.body());
  }

  /** The class counts one, so that a raise is larger than the {@code pass} it shrinks to. */
  private static int exception(FuzzStmt.ExceptionValue exception) {
    return 1 + exception.argument().map(ProgramSize::expr).orElse(0);
  }

  static int expr(FuzzExpr expr) {
    return 1 + switch (expr) {
      case FuzzExpr.Literal literal -> literal.text().length() > 3 ? 1 : 0;
      case FuzzExpr.Name name -> 0;
      case FuzzExpr.Binary(var op, FuzzExpr left, FuzzExpr right) -> expr(left) + expr(right);
      case FuzzExpr.Unary(var op, FuzzExpr operand) -> expr(operand);
      case FuzzExpr.Compare(List<FuzzExpr> operands, var ops) -> operands.stream().mapToInt(ProgramSize::expr).sum();
      case FuzzExpr.BoolOp(var op, FuzzExpr left, FuzzExpr right) -> expr(left) + expr(right);
      case FuzzExpr.Conditional(FuzzExpr c, FuzzExpr t, FuzzExpr o) -> expr(c) + expr(t) + expr(o);
      case FuzzExpr.Call(var function, List<FuzzExpr> arguments) -> arguments.stream().mapToInt(ProgramSize::expr).sum();
    };
  }
}
