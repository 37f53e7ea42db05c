package dev.irc.py.ast;

/**
 * The short-circuit operators {@code and} and {@code or}; kept apart from
 * {@link BinaryOperator} because they evaluate their right operand conditionally.
 */
public enum BoolOperator {
  AND("and"),
  OR("or");

  private final String symbol;

  BoolOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in Python source. */
  public String symbol() {
    return symbol;
  }
}
