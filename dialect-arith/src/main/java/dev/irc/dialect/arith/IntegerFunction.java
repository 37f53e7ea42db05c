package dev.irc.dialect.arith;

/**
 * The arithmetic of a binary integer op at a given width, shared by its folder and its
 * interpreter semantics so the two cannot disagree. Operands are the N-bit two's complement
 * patterns sign-extended to 64 bits; only the low N bits of the result count.
 */
@FunctionalInterface
interface IntegerFunction {
  /** Computes the result bits; throws {@link UndefinedResult} where the op is undefined or poison. */
  long apply(long lhs, long rhs, int width);
}
