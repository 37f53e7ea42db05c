package dev.irc.dialect.arith;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.OpTrait;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.FloatType;
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
 * arith's float ops ({@code %r = arith.addf %a, %b : f64}) with IEEE-754 round-to-nearest
 * semantics and no fast-math. Folders are exact and conservative: they never fold when an
 * operand or the result is NaN (NaN payloads are target-specific), and never for {@code f16},
 * which the interpreter does not support either.
 */
public final class FloatOps {
  private FloatOps() {}

  public static final OpDefinition ADDF = binary("arith.addf", "Float addition.", Double::sum, CoreTrait.COMMUTATIVE);
  public static final OpDefinition SUBF = binary("arith.subf", "Float subtraction.", (a, b) -> a - b);
  public static final OpDefinition MULF = binary("arith.mulf", "Float multiplication.", (a, b) -> a * b, CoreTrait.COMMUTATIVE);
  public static final OpDefinition DIVF = binary("arith.divf", "Float division.", (a, b) -> a / b);
  /** C's {@code fmod}: the remainder of truncated division, with the dividend's sign (Java's {@code %}). */
  public static final OpDefinition REMF = binary("arith.remf", "Float remainder with the dividend's sign (fmod).", (a, b) -> a % b);
  /** IEEE 754-2019 maximum: NaN if either operand is NaN, and -0.0 < +0.0. */
  public static final OpDefinition MAXIMUMF = binary("arith.maximumf", "IEEE maximum (NaN-propagating, -0 < +0).",
      Math::max, CoreTrait.COMMUTATIVE);
  /** IEEE 754-2019 minimum: NaN if either operand is NaN, and -0.0 < +0.0. */
  public static final OpDefinition MINIMUMF = binary("arith.minimumf", "IEEE minimum (NaN-propagating, -0 < +0).",
      Math::min, CoreTrait.COMMUTATIVE);
  public static final OpDefinition NEGF = OpDefinition.builder("arith.negf")
      .summary("Float negation (flips the sign bit).")
      .operands(1)
      .results(1)
      .traits(CoreTrait.PURE, CoreTrait.SAME_OPERANDS_AND_RESULT_TYPE)
      .verifier((op, verification) -> TypeConstraint.FLOATING_POINT_LIKE.checkOperand(op, 0, verification))
      .syntax(SameTypeOperandsSyntax.SINGLE_RESULT)
      .implement(OpFolder.class, folder((a, b) -> -a, 1))
      .implement(OpSemantics.class, semantics((a, b) -> -a, 1))
      .build();

  static List<OpDefinition> all() {
    return List.of(ADDF, SUBF, MULF, DIVF, REMF, MAXIMUMF, MINIMUMF, NEGF);
  }

  private static OpDefinition binary(String name, String summary, FloatFunction function, OpTrait... traits) {
    var all = new ArrayList<OpTrait>(List.of(CoreTrait.PURE, CoreTrait.SAME_OPERANDS_AND_RESULT_TYPE));
    all.addAll(List.of(traits));
    return OpDefinition.builder(name)
        .summary(summary)
        .operands(2)
        .results(1)
        .traits(all.toArray(OpTrait[]::new))
        .verifier((op, verification) -> TypeConstraint.FLOATING_POINT_LIKE.checkOperand(op, 0, verification))
        .syntax(SameTypeOperandsSyntax.SINGLE_RESULT)
        .implement(OpFolder.class, folder(function, 2))
        .implement(OpSemantics.class, semantics(function, 2))
        .build();
  }

  /** Whether the interpreter and folders compute in {@code type}: f32 and f64. */
  static boolean supported(Type type) {
    return type instanceof FloatType(int width) && width != 16;
  }

  private static OpFolder folder(FloatFunction function, int arity) {
    return (op, constants) -> {
      Type type = op.result(0).type();
      if (!supported(type)) {
        return List.of();
      }
      double[] values = new double[2];
      for (int i = 0; i < arity; i++) {
        if (!(constants.get(i) instanceof FloatAttr(double value, Type attrType)) || !attrType.equals(type)
            || Double.isNaN(value)) {
          return List.of();
        }
        values[i] = value;
      }
      double result = (double) RuntimeValue.ofDouble(function.apply(values[0], values[1]), type);
      if (Double.isNaN(result)) {
        return List.of();
      }
      return List.of(FoldResult.constant(new FloatAttr(result, type)));
    };
  }

  private static OpSemantics semantics(FloatFunction function, int arity) {
    return (op, operands, interpreter) -> {
      Type type = op.result(0).type();
      if (!supported(type)) {
        throw InterpreterException.unsupported(op, "type " + type + " is not supported by the interpreter");
      }
      double lhs = RuntimeValue.doubleValue(operands.get(0));
      double rhs = arity == 2 ? RuntimeValue.doubleValue(operands.get(1)) : 0;
      return Outcome.results(RuntimeValue.ofDouble(function.apply(lhs, rhs), type));
    };
  }

}
