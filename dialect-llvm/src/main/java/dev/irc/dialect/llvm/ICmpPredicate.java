package dev.irc.dialect.llvm;

import java.util.Locale;

/** The predicates of {@code llvm.icmp}, numbered as MLIR numbers them (the {@code predicate} i64 attribute). */
public enum ICmpPredicate {
  EQ, NE, SLT, SLE, SGT, SGE, ULT, ULE, UGT, UGE;

  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ICmpPredicate of(long value) {
    return value >= 0 && value < values().length ? values()[(int) value] : null;
  }

  public static ICmpPredicate ofKeyword(String keyword) {
    for (ICmpPredicate predicate : values()) {
      if (predicate.keyword().equals(keyword)) {
        return predicate;
      }
    }
    return null;
  }
}
