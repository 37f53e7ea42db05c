package dev.irc.ir.fold;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.diag.Location;
import java.util.List;

/**
 * The two steps every folding client needs, in one place: run an op's folder on its known
 * constant operands, and turn a folded constant into an op through the op's dialect. Drivers
 * (canonicalize, SCCP) add the bookkeeping of replacing and erasing around these.
 */
public final class Folding {
  private Folding() {}

  /**
   * Folds {@code op} with the constants its operands are defined to be. Returns an empty list
   * when the op has no folder, is itself {@code CONSTANT_LIKE}, or does not fold.
   */
  public static List<FoldResult> fold(Operation op) {
    return fold(op, ConstantMatcher.constantOperands(op));
  }

  /** Folds {@code op} assuming the given operand constants (e.g. lattice values in SCCP). */
  public static List<FoldResult> fold(Operation op, List<Attribute> operands) {
    if (op.hasTrait(CoreTrait.CONSTANT_LIKE)) {
      return List.of();
    }
    OpFolder folder = op.getInterface(OpFolder.class).orElse(null);
    if (folder == null) {
      return List.of();
    }
    List<FoldResult> results = folder.fold(op, operands);
    if (!results.isEmpty() && results.size() != op.numResults()) {
      throw new IllegalStateException("folder of " + op.name() + " returned " + results.size()
          + " results for " + op.numResults());
    }
    return results;
  }

  /**
   * Materializes {@code value} of {@code type} as a constant op at {@code builder}'s insertion
   * point, asking the dialect of {@code foldedOp}; returns null if that dialect cannot.
   */
  public static Operation materialize(IrContext context, Operation foldedOp, OpBuilder builder,
      Attribute value, Type type, Location location) {
    return context.dialect(foldedOp.dialectNamespace())
        .filter(ConstantMaterializer.class::isInstance)
        .map(d -> ((ConstantMaterializer) d).materializeConstant(builder, value, type, location))
        .orElse(null);
  }
}
