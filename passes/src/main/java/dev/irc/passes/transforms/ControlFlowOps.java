package dev.irc.passes.transforms;

import dev.irc.ir.Dialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.Value;
import dev.irc.ir.interfaces.BranchOpInterface;
import dev.irc.ir.interfaces.UnconditionalBranch;
import java.util.List;
import java.util.Optional;

/**
 * What the CFG transforms ask about branches, answered through op interfaces so that no pass
 * names {@code cf.br}: the values an edge passes, and how to create a plain jump.
 */
final class ControlFlowOps {
  private ControlFlowOps() {}

  /** The jump builder of some loaded op kind ({@code cf.br}), if any dialect declares one. */
  static Optional<UnconditionalBranch> unconditionalBranch(IrContext context) {
    for (Dialect dialect : context.dialects()) {
      for (OpDefinition op : dialect.operations()) {
        Optional<UnconditionalBranch> jump = op.getInterface(UnconditionalBranch.class);
        if (jump.isPresent()) {
          return jump;
        }
      }
    }
    return Optional.empty();
  }

  /** The values {@code terminator} passes along edge {@code successor}, or null if its kind does not say. */
  static List<Value> successorOperands(Operation terminator, int successor) {
    return terminator.getInterface(BranchOpInterface.class)
        .map(branch -> branch.successorOperands(terminator, successor))
        .orElse(null);
  }

  /** Whether every terminator of the blocks of {@code op}'s regions that has successors explains its edges. */
  static boolean edgesKnown(Operation terminator) {
    return terminator.numSuccessors() == 0 || terminator.getInterface(BranchOpInterface.class).isPresent();
  }
}
