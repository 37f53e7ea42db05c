package dev.irc.ir.interfaces;

import dev.irc.ir.Attribute;
import dev.irc.ir.Operation;
import dev.irc.ir.Value;
import java.util.List;
import java.util.Optional;

/**
 * Implemented by terminators that branch to successor blocks and pass values to their
 * arguments ({@code cf.br}, {@code cf.cond_br}). CFG passes (SCCP, LICM, the inliner) use it to
 * follow values along edges and to retarget edges without knowing the op kind.
 */
public interface BranchOpInterface {
  /** The values {@code branch} passes to the arguments of successor {@code successor}. */
  List<Value> successorOperands(Operation branch, int successor);

  /** Replaces the values passed to successor {@code successor}, keeping the op consistent. */
  void setSuccessorOperands(Operation branch, int successor, List<Value> values);

  /**
   * The successor control certainly goes to when the operands are the given constants (null
   * where unknown), or empty when that cannot be decided. Lets SCCP prune edges.
   */
  default Optional<Integer> successorForOperands(Operation branch, List<Attribute> constants) {
    return branch.numSuccessors() == 1 ? Optional.of(0) : Optional.empty();
  }
}
