package dev.irc.dialect.cf;

import dev.irc.ir.Block;
import dev.irc.ir.Operation;
import dev.irc.ir.Value;
import dev.irc.ir.Verification;
import java.util.List;

/** The check every branch makes: the values passed to a successor match its block arguments in number and type. */
final class SuccessorOperandsCheck {
  private SuccessorOperandsCheck() {}

  static boolean verify(Operation op, int successor, List<Value> operands, Verification verification) {
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
