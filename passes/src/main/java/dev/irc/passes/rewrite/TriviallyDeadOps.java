package dev.irc.passes.rewrite;

import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;

/**
 * Decides whether an op can be deleted without changing the program: it is {@code PURE}, not a
 * terminator or symbol, none of its results is used, and everything nested in it is pure too.
 * Unregistered ops are never dead, since nothing is known about their effects.
 */
public final class TriviallyDeadOps {
  private TriviallyDeadOps() {}

  public static boolean isTriviallyDead(Operation op) {
    return op.resultsUnused() && hasNoEffects(op) && !op.isTerminator() && !op.hasTrait(CoreTrait.SYMBOL);
  }

  /** Whether {@code op} and everything nested in it is {@code PURE} (nested terminators included). */
  public static boolean hasNoEffects(Operation op) {
    if (!op.hasTrait(CoreTrait.PURE)) {
      return false;
    }
    for (Region region : op.regions()) {
      for (Block block : region.blocks()) {
        for (Operation nested : block.operations()) {
          if (!hasNoEffects(nested) && !(nested.isTerminator() && nested.numSuccessors() == 0 && nested.hasTrait(CoreTrait.RETURN_LIKE))) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
