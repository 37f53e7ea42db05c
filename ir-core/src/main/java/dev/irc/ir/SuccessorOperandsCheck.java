package dev.irc.ir;

import java.util.List;

/**
 * The check every branch op makes, whatever its dialect: the values passed to a successor match
 * the successor's block arguments in number and type (MLIR's messages).
 */
public final class SuccessorOperandsCheck {
  private SuccessorOperandsCheck() {}

  /** Checks the {@code operands} passed to successor #{@code successor}; reports and returns false on a mismatch. */
  public static boolean verify(Operation op, int successor, List<Value> operands, Verification verification) {
    Block target = op.successor(successor);
    if (operands.size() != target.arguments().size()) {
      verification.opError(op, "branch has " + operands.size() + " operands for successor #" + successor
          + ", but target block has " + target.arguments().size());
      return false;
    }
    for (int i = 0; i < operands.size(); i++) {
      if (!operands.get(i).type().equals(target.argument(i).type())) {
        verification.opError(op, "type mismatch for bb argument #" + i + " of successor #" + successor);
        return false;
      }
    }
    return true;
  }
}
