package dev.irc.py.ast;

/**
 * The arithmetic and bitwise binary operators of Python, each with its source spelling.
 *
 * <p>Used by {@link Expr.Binary} and by augmented assignment ({@code x //= 2} is
 * {@link #FLOOR_DIV}).
 */
public enum BinaryOperator {
  ADD("+"),
  SUB("-"),
  MUL("*"),
  MAT_MUL("@"),
  DIV("/"),
  FLOOR_DIV("//"),
  MOD("%"),
  POW("**"),
  LSHIFT("<<"),
  RSHIFT(">>"),
  BIT_OR("|"),
  BIT_XOR("^"),
  BIT_AND("&");

  private final String symbol;

  BinaryOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in Python source. */
  public String symbol() {
    return symbol;
  }
}
