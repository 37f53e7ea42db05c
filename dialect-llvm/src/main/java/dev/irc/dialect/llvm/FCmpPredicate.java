package dev.irc.dialect.llvm;

import java.util.Locale;

/**
 * The predicates of {@code llvm.fcmp}, numbered as MLIR numbers them; the constant predicates
 * are spelled {@code _false} and {@code _true} as in MLIR.
 */
public enum FCmpPredicate {
  FALSE, OEQ, OGT, OGE, OLT, OLE, ONE, ORD, UEQ, UGT, UGE, ULT, ULE, UNE, UNO, TRUE;

  public String keyword() {
    return this == FALSE || this == TRUE ? "_" + name().toLowerCase(Locale.ROOT) : name().toLowerCase(Locale.ROOT);
  }

  public static FCmpPredicate of(long value) {
    return value >= 0 && value < values().length ? values()[(int) value] : null;
  }

  public static FCmpPredicate ofKeyword(String keyword) {
    for (FCmpPredicate predicate : values()) {
      if (predicate.keyword().equals(keyword)) {
        return predicate;
      }
    }
    return null;
  }
}
