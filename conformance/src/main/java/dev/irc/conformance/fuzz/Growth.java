package dev.irc.conformance.fuzz;

import java.util.List;

/**
 * Whether an expression can grow an int's size faster than linearly when it is applied over and
 * over ({@code *}, {@code **}, {@code <<}, calls of generated functions): such updates of values
 * that flow around a loop are reduced modulo a constant by the generator.
 */
final class Growth {
  private Growth() {}

  static boolean isMultiplicative(FuzzExpr expr) {
    return switch (expr) {
      case FuzzExpr.Literal literal -> false;
      case FuzzExpr.Name name -> false;
      case FuzzExpr.Binary(String op, FuzzExpr left, FuzzExpr right) ->
          op.equals("*") || op.equals("**") || op.equals("<<") || isMultiplicative(left) || isMultiplicative(right);
      case FuzzExpr.Unary(var op, FuzzExpr operand) -> isMultiplicative(operand);
      case FuzzExpr.Compare compare -> false;
      case FuzzExpr.BoolOp(var op, FuzzExpr left, FuzzExpr right) -> isMultiplicative(left) || isMultiplicative(right);
      case FuzzExpr.Conditional(var c, FuzzExpr then, FuzzExpr otherwise) -> isMultiplicative(then) || isMultiplicative(otherwise);
      case FuzzExpr.Call(String function, List<FuzzExpr> arguments) ->
          !function.contains(".") && !List.of("abs", "min", "max", "int", "float", "round").contains(function)
              || function.equals("pow") || arguments.stream().anyMatch(Growth::isMultiplicative);
    };
  }
}
