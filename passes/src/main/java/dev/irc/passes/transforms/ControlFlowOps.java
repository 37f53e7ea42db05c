package dev.irc.passes.transforms;

import dev.irc.ir.Block;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
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

  /**
   * The jump builder of the dialect whose branches the CFG of {@code region} uses ({@code py.br}
   * in a {@code py.func}, {@code cf.br} in a {@code func.func}); when it has no branches yet,
   * of the first of {@code related} that has (the callee an inliner copies in), else of the op
   * that owns {@code region}. Empty when that dialect has no jump, so a pass never puts one
   * dialect's branch into another's CFG.
   */
  static Optional<UnconditionalBranch> unconditionalBranch(IrContext context, Region region, Region... related) {
    String namespace = branchDialect(region);
    for (int i = 0; namespace == null && i < related.length; i++) {
      namespace = branchDialect(related[i]);
    }
    if (namespace == null && region.parentOp() != null) {
      namespace = dialectOf(region.parentOp());
    }
    if (namespace == null) {
      return Optional.empty();
    }
    return context.dialect(namespace).flatMap(dialect -> dialect.operations().stream()
        .map(op -> op.getInterface(UnconditionalBranch.class))
        .flatMap(Optional::stream)
        .findFirst());
  }

  private static String branchDialect(Region region) {
    for (Block block : region.blocks()) {
      Operation terminator = block.lastOp();
      if (terminator != null && terminator.numSuccessors() > 0) {
        return dialectOf(terminator);
      }
    }
    return null;
  }

  private static String dialectOf(Operation op) {
    int dot = op.name().indexOf('.');
    return dot < 0 ? null : op.name().substring(0, dot);
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
