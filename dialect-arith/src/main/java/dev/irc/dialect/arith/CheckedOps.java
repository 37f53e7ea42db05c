package dev.irc.dialect.arith;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.OpTrait;
import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.OpFolder;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.interp.RuntimeValue;
import dev.irc.ir.text.SameTypeOperandsSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * irc extensions to arith (not in upstream MLIR): signed arithmetic that also reports
 * overflow, {@code %r, %o = arith.checked_addi %a, %b : i64} giving the wrapped result and an
 * {@code i1} that is true when the exact result does not fit the type as a signed number.
 * The Python lowering uses them to guard i64 arithmetic (ints never wrap in Python); the LLVM
 * lowering maps them to {@code llvm.sadd.with.overflow} and friends. Upstream {@code mlir-opt}
 * does not know them.
 */
public final class CheckedOps {
  private CheckedOps() {}

  /** The wrapped result bits and whether the exact result overflowed. */
  private record Checked(long bits, boolean overflow) {}

  @FunctionalInterface
  private interface CheckedFunction {
    Checked apply(long lhs, long rhs, int width);
  }

  public static final OpDefinition CHECKED_ADDI = checked("arith.checked_addi",
      "irc extension: integer addition with a signed-overflow flag.", CheckedOps::add, 0, CoreTrait.COMMUTATIVE);
  public static final OpDefinition CHECKED_SUBI = checked("arith.checked_subi",
      "irc extension: integer subtraction with a signed-overflow flag.", CheckedOps::subtract, 0);
  public static final OpDefinition CHECKED_MULI = checked("arith.checked_muli",
      "irc extension: integer multiplication with a signed-overflow flag.", CheckedOps::multiply, 1, CoreTrait.COMMUTATIVE);

  static List<OpDefinition> all() {
    return List.of(CHECKED_ADDI, CHECKED_SUBI, CHECKED_MULI);
  }

  private static OpDefinition checked(String name, String summary, CheckedFunction function, long identity,
      OpTrait... traits) {
    var all = new ArrayList<OpTrait>(List.of(CoreTrait.PURE));
    all.addAll(List.of(traits));
    return OpDefinition.builder(name)
        .summary(summary)
        .operands(2)
        .results(2)
        .traits(all.toArray(OpTrait[]::new))
        .verifier((op, verification) -> {
          Type type = op.operand(0).type();
          if (!op.operand(1).type().equals(type) || !op.result(0).type().equals(type)) {
            verification.opError(op, "requires the same type for both operands and the first result");
          } else if (TypeConstraint.SIGNLESS_INTEGER_LIKE.checkOperand(op, 0, verification)
              && !op.result(1).type().equals(IntegerType.I1)) {
            verification.opError(op, "result #1 must be i1, but got '" + op.result(1).type() + "'");
          }
        })
        .syntax(SameTypeOperandsSyntax.withExtraResults(java.util.List.of(dev.irc.ir.builtin.IntegerType.I1)))
        .implement(OpFolder.class, (op, constants) -> fold(op, constants, function, identity))
        .implement(OpSemantics.class, (op, operands, interpreter) -> {
          Type type = op.result(0).type();
          int width = RuntimeValue.integerWidth(type);
          if (width < 0) {
            throw InterpreterException.unsupported(op, "integers wider than 64 bits are not supported");
          }
          Checked result = function.apply(RuntimeValue.bits(operands.get(0)), RuntimeValue.bits(operands.get(1)), width);
          return Outcome.results(RuntimeValue.ofBits(result.bits(), type), result.overflow());
        })
        .build();
  }

  private static List<FoldResult> fold(Operation op, List<Attribute> constants, CheckedFunction function, long identity) {
    Type type = op.result(0).type();
    Attribute lhs = constants.get(0);
    Attribute rhs = constants.get(1);
    if (IntegerConstants.isFoldable(lhs, type) && IntegerConstants.isFoldable(rhs, type)) {
      Checked result = function.apply(IntegerConstants.bits(lhs), IntegerConstants.bits(rhs), RuntimeValue.integerWidth(type));
      return List.of(FoldResult.constant(IntegerConstants.of(result.bits(), type)),
          FoldResult.constant(IntegerAttr.bool(result.overflow())));
    }
    // x + 0, x - 0, x * 1 (and the commuted forms) never overflow. (For i1, 1 reads as -1: skip.)
    if (RuntimeValue.integerWidth(type) > 1) {
      boolean commutative = op.hasTrait(CoreTrait.COMMUTATIVE);
      for (int i = commutative ? 0 : 1; i < 2; i++) {
        if (IntegerConstants.is(constants.get(i), identity, type)) {
          return List.of(FoldResult.existing(op.operand(1 - i)), FoldResult.constant(IntegerAttr.FALSE));
        }
      }
    }
    return List.of();
  }

  private static Checked fit(long exact, int width) {
    long wrapped = RuntimeValue.signExtend(exact, width);
    return new Checked(wrapped, wrapped != exact);
  }

  static Checked add(long a, long b, int width) {
    long sum = a + b;
    if (width == 64) {
      return new Checked(sum, ((a ^ sum) & (b ^ sum)) < 0);
    }
    return fit(sum, width);
  }

  static Checked subtract(long a, long b, int width) {
    long difference = a - b;
    if (width == 64) {
      return new Checked(difference, ((a ^ b) & (a ^ difference)) < 0);
    }
    return fit(difference, width);
  }

  static Checked multiply(long a, long b, int width) {
    long low = a * b;
    long high = Math.multiplyHigh(a, b);
    // The exact 128-bit product fits in width bits iff it is the sign extension of its low width bits.
    boolean fits = high == (low >> 63) && RuntimeValue.signExtend(low, width) == low;
    return new Checked(low, !fits);
  }
}
