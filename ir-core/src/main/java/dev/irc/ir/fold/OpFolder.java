package dev.irc.ir.fold;

import dev.irc.ir.Attribute;
import dev.irc.ir.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The folding hook of an op kind, declared with
 * {@code OpDefinition.builder(..).implement(OpFolder.class, ...)}: given the op and the constant
 * each operand is known to be, it says what the op's results are without creating new ops.
 * Folding is how constant propagation, canonicalization and SCCP evaluate ops generically.
 *
 * <p>Rules for implementations: only exact folds. Never fold what the op leaves undefined or
 * poison at runtime (division by zero, signed division overflow, out-of-range shifts or
 * float-to-int conversions), nor anything whose runtime result could differ from the folded
 * one. {@code CONSTANT_LIKE} ops need no folder: {@link ConstantMatcher} reads them directly.
 */
@FunctionalInterface
public interface OpFolder {
  /**
   * Folds {@code op}.
   *
   * @param op the op to fold; a folder may only change it in place (and then returns {@link #inPlace})
   * @param operands per operand, the constant attribute it is known to be, or null if unknown
   * @return an empty list when nothing folds, else exactly one {@link FoldResult} per result
   */
  List<FoldResult> fold(Operation op, List<Attribute> operands);

  /** The answer of a folder that changed {@code op} in place (e.g. swapped its operands): each result stays itself. */
  static List<FoldResult> inPlace(Operation op) {
    var same = new ArrayList<FoldResult>(op.numResults());
    for (int i = 0; i < op.numResults(); i++) {
      same.add(new FoldResult.Existing(op.result(i)));
    }
    return same;
  }

  /** Whether {@code results} (non-empty) is the in-place answer for {@code op}: nothing to replace, but the op changed. */
  static boolean isInPlace(Operation op, List<FoldResult> results) {
    if (results.isEmpty() || results.size() != op.numResults()) {
      return false;
    }
    for (int i = 0; i < results.size(); i++) {
      if (!(results.get(i) instanceof FoldResult.Existing(var value)) || value != op.result(i)) {
        return false;
      }
    }
    return true;
  }
}
