package dev.irc.dialect.arith;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.OpFolder;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.interp.RuntimeValue;
import dev.irc.ir.text.CastSyntax;
import java.util.List;

/**
 * arith's conversions, {@code %y = arith.extsi %x : i32 to i64}: integer widening and
 * narrowing, and conversions between signed integers and floats. A float-to-integer
 * conversion whose truncated value does not fit (or of NaN) is poison: never folded, and
 * undefined behavior in the interpreter.
 */
public final class CastOps {
  private CastOps() {}

  /** A conversion's meaning on one runtime value (see {@link RuntimeValue}); shared by folder and interpreter. */
  @FunctionalInterface
  private interface Conversion {
    Object apply(Object value, Type from, Type to);
  }

  public static final OpDefinition EXTSI = cast("arith.extsi", "Integer widening, copying the sign bit.",
      CastOps::verifyWidening, (value, from, to) -> RuntimeValue.ofBits(RuntimeValue.bits(value), to));
  public static final OpDefinition EXTUI = cast("arith.extui", "Integer widening with zeros.",
      CastOps::verifyWidening,
      (value, from, to) -> RuntimeValue.ofBits(RuntimeValue.zeroExtend(RuntimeValue.bits(value), RuntimeValue.integerWidth(from)), to));
  public static final OpDefinition TRUNCI = cast("arith.trunci", "Integer narrowing, keeping the low bits.",
      CastOps::verifyNarrowing, (value, from, to) -> RuntimeValue.ofBits(RuntimeValue.bits(value), to));
  public static final OpDefinition SITOFP = cast("arith.sitofp", "Signed integer to float, rounding to nearest even.",
      (op, v) -> TypeConstraint.SIGNLESS_FIXED_WIDTH_INTEGER.checkOperand(op, 0, v)
          && TypeConstraint.FLOATING_POINT_LIKE.checkResult(op, 0, v),
      (value, from, to) -> {
        long bits = RuntimeValue.bits(value);
        // long -> float directly: going through double would round twice.
        return ((FloatType) to).width() == 32 ? (Object) (double) (float) bits : (Object) (double) bits;
      });
  public static final OpDefinition FPTOSI = cast("arith.fptosi", "Float to signed integer, rounding toward zero.",
      (op, v) -> TypeConstraint.FLOATING_POINT_LIKE.checkOperand(op, 0, v)
          && TypeConstraint.SIGNLESS_FIXED_WIDTH_INTEGER.checkResult(op, 0, v),
      (value, from, to) -> RuntimeValue.ofBits(truncateToInteger(RuntimeValue.doubleValue(value), RuntimeValue.integerWidth(to)), to));

  static List<OpDefinition> all() {
    return List.of(EXTSI, EXTUI, TRUNCI, SITOFP, FPTOSI);
  }

  /** A verifier that returns whether it passed. */
  @FunctionalInterface
  private interface Check {
    boolean verify(Operation op, Verification verification);
  }

  private static OpDefinition cast(String name, String summary, Check verifier, Conversion conversion) {
    return OpDefinition.builder(name)
        .summary(summary)
        .operands(1)
        .results(1)
        .traits(CoreTrait.PURE)
        .verifier(verifier::verify)
        .syntax(CastSyntax.INSTANCE)
        .implement(OpFolder.class, (op, constants) -> fold(op, constants.get(0), conversion))
        .implement(dev.irc.ir.interfaces.Speculation.class, ArithSpeculation.of(name))
        .implement(OpSemantics.class, (op, operands, interpreter) -> {
          Type from = op.operand(0).type();
          Type to = op.result(0).type();
          if (!runnable(from) || !runnable(to)) {
            throw InterpreterException.unsupported(op, "conversion from " + from + " to " + to + " is not supported by the interpreter");
          }
          try {
            return Outcome.results(conversion.apply(operands.get(0), from, to));
          } catch (UndefinedResult undefined) {
            throw InterpreterException.undefined(op, undefined.getMessage());
          }
        })
        .build();
  }

  private static boolean runnable(Type type) {
    return RuntimeValue.integerWidth(type) > 0 || FloatOps.supported(type);
  }

  private static List<FoldResult> fold(Operation op, Attribute constant, Conversion conversion) {
    Type from = op.operand(0).type();
    Type to = op.result(0).type();
    if (constant == null || !runnable(from) || !runnable(to)) {
      return List.of();
    }
    boolean matches = constant instanceof FloatAttr(double value, Type type)
        ? type.equals(from) && !Double.isNaN(value)
        : IntegerConstants.isFoldable(constant, from);
    if (!matches) {
      return List.of();
    }
    try {
      Object result = conversion.apply(RuntimeValue.ofAttribute(constant), from, to);
      return List.of(FoldResult.constant(RuntimeValue.toAttribute(result, to)));
    } catch (UndefinedResult undefined) {
      return List.of();
    }
  }

  /** {@code value} rounded toward zero as a {@code width}-bit signed integer; poison if it does not fit. */
  static long truncateToInteger(double value, int width) {
    double truncated = value < 0 ? Math.ceil(value) : Math.floor(value);
    double limit = Math.scalb(1.0, width - 1);
    if (Double.isNaN(value) || truncated < -limit || truncated >= limit) {
      throw new UndefinedResult("float value " + value + " does not fit in a " + width + "-bit signed integer (poison)");
    }
    return (long) truncated;
  }

  private static boolean verifyWidening(Operation op, Verification verification) {
    return verifyWidths(op, verification, true);
  }

  private static boolean verifyNarrowing(Operation op, Verification verification) {
    return verifyWidths(op, verification, false);
  }

  private static boolean verifyWidths(Operation op, Verification verification, boolean widen) {
    if (!TypeConstraint.SIGNLESS_FIXED_WIDTH_INTEGER.checkOperand(op, 0, verification)
        || !TypeConstraint.SIGNLESS_FIXED_WIDTH_INTEGER.checkResult(op, 0, verification)) {
      return false;
    }
    int from = ((IntegerType) op.operand(0).type()).width();
    int to = ((IntegerType) op.result(0).type()).width();
    if (widen ? to <= from : to >= from) {
      // MLIR's wording; the rule is that ext* must widen and trunci must narrow.
      verification.opError(op, "operand type '" + op.operand(0).type() + "' and result type '" + op.result(0).type()
          + "' are cast incompatible");
      return false;
    }
    return true;
  }
}
