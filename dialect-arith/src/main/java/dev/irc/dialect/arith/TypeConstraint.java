package dev.irc.dialect.arith;

import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IndexType;
import dev.irc.ir.builtin.IntegerType;
import java.util.function.Predicate;

/**
 * The kinds of types arith ops accept, with the words MLIR's verifier uses for them
 * ({@code signless-integer-like}, {@code floating-point-like}, ...), so an op's verifier is a
 * list of one-line checks.
 */
enum TypeConstraint {
  /** Integers of any width and {@code index}. */
  SIGNLESS_INTEGER_LIKE("signless-integer-like", t -> t instanceof IntegerType || t instanceof IndexType),
  /** Integers of any width, not {@code index} (casts that change the width). */
  SIGNLESS_FIXED_WIDTH_INTEGER("signless-fixed-width-integer-like", t -> t instanceof IntegerType),
  /** {@code f16}, {@code f32}, {@code f64}. */
  FLOATING_POINT_LIKE("floating-point-like", t -> t instanceof FloatType),
  /** {@code i1}. */
  BOOL_LIKE("bool-like", t -> t.equals(IntegerType.I1));

  private final String description;
  private final Predicate<Type> accepts;

  TypeConstraint(String description, Predicate<Type> accepts) {
    this.description = description;
    this.accepts = accepts;
  }

  boolean accepts(Type type) {
    return accepts.test(type);
  }

  /** Checks operand {@code index} of {@code op}; returns whether it passed. */
  boolean checkOperand(Operation op, int index, Verification verification) {
    return check(op, "operand", index, op.operand(index).type(), verification);
  }

  /** Checks result {@code index} of {@code op}; returns whether it passed. */
  boolean checkResult(Operation op, int index, Verification verification) {
    return check(op, "result", index, op.result(index).type(), verification);
  }

  private boolean check(Operation op, String what, int index, Type type, Verification verification) {
    if (accepts(type)) {
      return true;
    }
    verification.opError(op, what + " #" + index + " must be " + description + ", but got '" + type + "'");
    return false;
  }
}
