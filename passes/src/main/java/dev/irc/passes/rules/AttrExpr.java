package dev.irc.passes.rules;

import java.math.BigInteger;

/**
 * An attribute value in a rule, {@code value = 0 : T}: in a pattern it is a constraint on the
 * matched op's attribute (or binds it to a variable), in a result it computes the attribute
 * of a new op.
 */
public sealed interface AttrExpr {
  /**
   * An integer; it matches an integer attribute with the same bits at the attribute's width (so
   * {@code -1} is all ones and {@code 1} is {@code true} for {@code i1}).
   */
  record IntegerLiteral(BigInteger value, TypeExpr type) implements AttrExpr {}

  /** A float; it matches bit for bit, so {@code 0.0} does not match {@code -0.0}. */
  record FloatLiteral(double value, TypeExpr type) implements AttrExpr {}

  /** {@code true} or {@code false}: an {@code i1} integer attribute. */
  record BoolLiteral(boolean value) implements AttrExpr {}

  /** A string attribute. */
  record StringLiteral(String value) implements AttrExpr {}

  /** An attribute variable: binds the whole attribute in a pattern, copies it in a result. */
  record Variable(String name) implements AttrExpr {}
}
