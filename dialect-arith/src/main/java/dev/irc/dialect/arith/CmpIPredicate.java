package dev.irc.dialect.arith;

import dev.irc.ir.interp.RuntimeValue;

/**
 * The comparisons of {@code arith.cmpi}, numbered as MLIR numbers them (the {@code predicate}
 * attribute is this number as an {@code i64}, so generic text moves between irc and MLIR).
 */
public enum CmpIPredicate {
  EQ, NE, SLT, SLE, SGT, SGE, ULT, ULE, UGT, UGE;

  /** MLIR's number for this predicate. */
  public int value() {
    return ordinal();
  }

  /** The keyword printed in the custom form: {@code slt}. */
  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The predicate numbered {@code value}, or null. */
  public static CmpIPredicate of(long value) {
    return value >= 0 && value < values().length ? values()[(int) value] : null;
  }

  /** The predicate spelled {@code keyword}, or null. */
  public static CmpIPredicate ofKeyword(String keyword) {
    for (CmpIPredicate predicate : values()) {
      if (predicate.keyword().equals(keyword)) {
        return predicate;
      }
    }
    return null;
  }

  /** Compares two sign-extended {@code width}-bit patterns. */
  public boolean evaluate(long lhs, long rhs, int width) {
    long ul = RuntimeValue.zeroExtend(lhs, width);
    long ur = RuntimeValue.zeroExtend(rhs, width);
    return switch (this) {
      case EQ -> lhs == rhs;
      case NE -> lhs != rhs;
      case SLT -> lhs < rhs;
      case SLE -> lhs <= rhs;
      case SGT -> lhs > rhs;
      case SGE -> lhs >= rhs;
      case ULT -> Long.compareUnsigned(ul, ur) < 0;
      case ULE -> Long.compareUnsigned(ul, ur) <= 0;
      case UGT -> Long.compareUnsigned(ul, ur) > 0;
      case UGE -> Long.compareUnsigned(ul, ur) >= 0;
    };
  }

  /** The result when both operands are the same value. */
  boolean reflexive() {
    return switch (this) {
      case EQ, SLE, SGE, ULE, UGE -> true;
      default -> false;
    };
  }
}
