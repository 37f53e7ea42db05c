package dev.irc.py.irgen;

import dev.irc.ir.Attribute;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.UnitAttr;
import dev.irc.py.ast.Expr;
import dev.irc.py.ast.UnaryOperator;
import dev.irc.py.dialect.ConstantOp;
import java.util.Optional;

/**
 * The {@code py.constant} attribute of a literal expression ({@code 42}, {@code -1.5},
 * {@code None}, {@code "s"}), used for literals and for the constant defaults of parameters.
 */
final class ConstantFolding {
  private ConstantFolding() {}

  /** The constant {@code expr} denotes, if it is a (possibly negated) literal. */
  static Optional<Attribute> constantValue(Expr expr) {
    return switch (expr) {
      case Expr.IntLiteral i -> Optional.of(ConstantOp.intAttribute(i.value()));
      case Expr.FloatLiteral f -> Optional.of(new FloatAttr(f.value(), FloatType.F64));
      case Expr.BoolLiteral b -> Optional.of(IntegerAttr.bool(b.value()));
      case Expr.NoneLiteral n -> Optional.of(UnitAttr.UNIT);
      case Expr.StringLiteral s -> Optional.of(new StringAttr(s.value()));
      case Expr.Unary(UnaryOperator op, Expr.IntLiteral i, var span) when op == UnaryOperator.NEG ->
          Optional.of(ConstantOp.intAttribute(i.value().negate()));
      case Expr.Unary(UnaryOperator op, Expr.FloatLiteral f, var span) when op == UnaryOperator.NEG ->
          Optional.of(new FloatAttr(-f.value(), FloatType.F64));
      default -> Optional.empty();
    };
  }
}
