package dev.irc.passes.rewrite;

import dev.irc.ir.Operation;
import dev.irc.ir.builtin.BuiltinDialect;
import java.util.ArrayList;

/**
 * Cleans up the casts a conversion leaves: a cast of a cast that returns to the original type
 * is replaced by the original value, and casts nobody uses are erased. What remains marks a
 * real boundary between type systems.
 */
public final class UnrealizedCasts {
  private UnrealizedCasts() {}

  /** Reconciles the casts nested in {@code root}; returns how many were removed. */
  public static int reconcile(Operation root) {
    String castName = BuiltinDialect.UNREALIZED_CONVERSION_CAST.name();
    var casts = new ArrayList<Operation>();
    root.walk(op -> {
      if (op != root && op.name().equals(castName)) {
        casts.add(op);
      }
    });
    int removed = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Operation cast : casts) {
        if (cast.parentBlock() == null) {
          continue;
        }
        if (cast.numOperands() == 1 && cast.numResults() == 1) {
          Operation producer = cast.operand(0).definingOp();
          if (producer != null && producer.name().equals(castName) && producer.numOperands() == 1
              && producer.operand(0).type().equals(cast.result().type())) {
            cast.result().replaceAllUsesWith(producer.operand(0));
          }
        }
        if (cast.resultsUnused()) {
          cast.erase();
          removed++;
          changed = true;
        }
      }
    }
    return removed;
  }
}
