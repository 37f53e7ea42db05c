package dev.irc.dialect.arith;

/**
 * The comparisons of {@code arith.cmpf}, numbered as MLIR numbers them: {@code o*} are false
 * when an operand is NaN (ordered), {@code u*} are true then (unordered), plus the constant
 * predicates {@code false}/{@code true} and {@code ord}/{@code uno}.
 */
public enum CmpFPredicate {
  FALSE, OEQ, OGT, OGE, OLT, OLE, ONE, ORD, UEQ, UGT, UGE, ULT, ULE, UNE, UNO, TRUE;

  public int value() {
    return ordinal();
  }

  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static CmpFPredicate of(long value) {
    return value >= 0 && value < values().length ? values()[(int) value] : null;
  }

  public static CmpFPredicate ofKeyword(String keyword) {
    for (CmpFPredicate predicate : values()) {
      if (predicate.keyword().equals(keyword)) {
        return predicate;
      }
    }
    return null;
  }

  /** IEEE comparison ({@code -0.0 == +0.0}; NaN is unordered with everything). */
  public boolean evaluate(double lhs, double rhs) {
    boolean unordered = Double.isNaN(lhs) || Double.isNaN(rhs);
    return switch (this) {
      case FALSE -> false;
      case OEQ -> !unordered && lhs == rhs;
      case OGT -> !unordered && lhs > rhs;
      case OGE -> !unordered && lhs >= rhs;
      case OLT -> !unordered && lhs < rhs;
      case OLE -> !unordered && lhs <= rhs;
      case ONE -> !unordered && lhs != rhs;
      case ORD -> !unordered;
      case UEQ -> unordered || lhs == rhs;
      case UGT -> unordered || lhs > rhs;
      case UGE -> unordered || lhs >= rhs;
      case ULT -> unordered || lhs < rhs;
      case ULE -> unordered || lhs <= rhs;
      case UNE -> unordered || lhs != rhs;
      case UNO -> unordered;
      case TRUE -> true;
    };
  }
}
