package dev.irc.dialect.arith;

import dev.irc.ir.Attribute;
import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.fold.ConstantMatcher;
import dev.irc.ir.interfaces.Speculation;
import dev.irc.ir.interp.RuntimeValue;
import java.util.Set;

/**
 * When arith's pure but trapping ops may run speculatively (be hoisted out of a loop or a
 * branch): a division or remainder only by a constant that is neither zero nor (for signed
 * ops) -1, a shift only by a constant smaller than the width, {@code fptosi} never. Every other
 * arith op is always speculatable.
 */
final class ArithSpeculation {
  private static final Set<String> SIGNED_DIVISIONS = Set.of("arith.divsi", "arith.remsi", "arith.floordivsi",
      "arith.ceildivsi");
  private static final Set<String> UNSIGNED_DIVISIONS = Set.of("arith.divui", "arith.remui");
  private static final Set<String> SHIFTS = Set.of("arith.shli", "arith.shrsi", "arith.shrui");

  private ArithSpeculation() {}

  /** The speculation rule of the op kind {@code name}. */
  static Speculation of(String name) {
    if (SIGNED_DIVISIONS.contains(name)) {
      return op -> constantBits(op).map(bits -> bits != 0 && bits != -1).orElse(false);
    }
    if (UNSIGNED_DIVISIONS.contains(name)) {
      return op -> constantBits(op).map(bits -> bits != 0).orElse(false);
    }
    if (SHIFTS.contains(name)) {
      return op -> constantBits(op).map(bits -> {
        int width = RuntimeValue.integerWidth(op.result(0).type());
        return Long.compareUnsigned(RuntimeValue.zeroExtend(bits, width), width) < 0;
      }).orElse(false);
    }
    if (name.equals("arith.fptosi")) {
      return op -> false;
    }
    return op -> true;
  }

  /** The sign-extended bits of the op's second operand, if it is an integer constant. */
  private static java.util.Optional<Long> constantBits(Operation op) {
    Attribute constant = ConstantMatcher.constantOf(op.operand(1));
    Type type = op.result(0).type();
    if (!IntegerConstants.isFoldable(constant, type)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(IntegerConstants.bits(constant));
  }
}
