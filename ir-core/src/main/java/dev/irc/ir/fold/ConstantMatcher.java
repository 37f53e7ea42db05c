package dev.irc.ir.fold;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.Operation;
import dev.irc.ir.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognizes values that are constants: results of a {@code CONSTANT_LIKE} op with a single
 * result and a {@code value} attribute. Folding drivers use it to compute a folder's operand
 * constants; patterns use it to match {@code x + 0}.
 */
public final class ConstantMatcher {
  /** The attribute name a {@code CONSTANT_LIKE} op keeps its constant in. */
  public static final String VALUE = "value";

  private ConstantMatcher() {}

  /** The constant {@code value} is defined to be, or null if it is not a known constant. */
  public static Attribute constantOf(Value value) {
    Operation def = value.definingOp();
    if (def == null || def.numResults() != 1 || !def.hasTrait(CoreTrait.CONSTANT_LIKE)) {
      return null;
    }
    return def.attribute(VALUE).orElse(null);
  }

  public static boolean isConstant(Value value) {
    return constantOf(value) != null;
  }

  /** Whether {@code value} is the constant {@code expected}. */
  public static boolean isConstant(Value value, Attribute expected) {
    return expected.equals(constantOf(value));
  }

  /** Per operand of {@code op}, its constant or null: the second argument of {@link OpFolder#fold}. */
  public static List<Attribute> constantOperands(Operation op) {
    var constants = new ArrayList<Attribute>(op.numOperands());
    for (Value operand : op.operands()) {
      constants.add(constantOf(operand));
    }
    return constants;
  }
}
