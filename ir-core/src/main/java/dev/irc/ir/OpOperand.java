package dev.irc.ir;

/** An operand slot of an operation: a use of a {@link Value}. */
public final class OpOperand extends Use<Value> {
  OpOperand(Operation owner, int index, Value value) {
    super(owner, index, value);
  }
}
