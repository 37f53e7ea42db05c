package dev.irc.ir.rewrite;

import dev.irc.ir.Block;
import dev.irc.ir.Operation;
import dev.irc.ir.Value;
import java.util.List;

/**
 * Observes every change a {@link PatternRewriter} makes, so a driver can keep its worklist
 * right (revisit new and modified ops and the users of replaced ones, forget erased ones) and
 * know whether anything changed. Every method defaults to doing nothing.
 */
public interface RewriteListener {
  /** A listener that ignores everything. */
  RewriteListener NONE = new RewriteListener() {};

  /** {@code op} was created or moved to a new place in the IR. */
  default void notifyOperationInserted(Operation op) {}

  /** {@code op}'s operands, attributes, successors or types changed in place. */
  default void notifyOperationModified(Operation op) {}

  /** Every result of {@code op} is about to be replaced with {@code replacement} (then {@code op} is erased). */
  default void notifyOperationReplaced(Operation op, List<? extends Value> replacement) {}

  /** {@code op} is about to be erased (called for nested ops first). */
  default void notifyOperationErased(Operation op) {}

  /** {@code block} was created or moved into a region. */
  default void notifyBlockInserted(Block block) {}

  /** {@code block} is about to be erased. */
  default void notifyBlockErased(Block block) {}

  /** A pattern declined to rewrite {@code op}, saying why (for debugging output). */
  default void notifyMatchFailure(Operation op, String reason) {}
}
