package dev.irc.py.ast;

/** The prefix operators of Python ({@code not x}, {@code -x}, {@code +x}, {@code ~x}). */
public enum UnaryOperator {
  NOT("not"),
  NEG("-"),
  POS("+"),
  INVERT("~");

  private final String symbol;

  UnaryOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in Python source. */
  public String symbol() {
    return symbol;
  }
}
