package dev.irc.dialect.arith;

import static dev.irc.ir.interp.RuntimeValue.signExtend;
import static dev.irc.ir.interp.RuntimeValue.zeroExtend;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.OpTrait;
import dev.irc.ir.Operation;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
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
 * arith's binary integer ops ({@code %r = arith.addi %a, %b : i64}): two's complement
 * arithmetic on signless integers and {@code index} (64 bits), each declared once with its
 * verifier, exact folder and interpreter semantics. Division by zero, signed division
 * overflow and shifts by the width or more are undefined/poison: never folded, and an
 * {@link InterpreterException} when executed.
 */
public final class IntegerOps {
  private IntegerOps() {}

  public static final OpDefinition ADDI = binary("arith.addi", "Integer addition (wraps).",
      (a, b, w) -> a + b, IntegerOps::foldAdd, CoreTrait.COMMUTATIVE);
  public static final OpDefinition SUBI = binary("arith.subi", "Integer subtraction (wraps).",
      (a, b, w) -> a - b, IntegerOps::foldSub);
  public static final OpDefinition MULI = binary("arith.muli", "Integer multiplication (wraps).",
      (a, b, w) -> a * b, IntegerOps::foldMul, CoreTrait.COMMUTATIVE);
  public static final OpDefinition DIVSI = binary("arith.divsi", "Signed division rounding toward zero.",
      (a, b, w) -> signedQuotient(a, b, w), IntegerOps::foldDivByOne);
  public static final OpDefinition DIVUI = binary("arith.divui", "Unsigned division.",
      (a, b, w) -> Long.divideUnsigned(zeroExtend(a, w), nonZero(zeroExtend(b, w))), IntegerOps::foldDivByOne);
  public static final OpDefinition REMSI = binary("arith.remsi", "Signed remainder; its sign is the dividend's.",
      (a, b, w) -> a - signedQuotient(a, b, w) * b, IntegerOps::foldRemByOne);
  public static final OpDefinition REMUI = binary("arith.remui", "Unsigned remainder.",
      (a, b, w) -> Long.remainderUnsigned(zeroExtend(a, w), nonZero(zeroExtend(b, w))), IntegerOps::foldRemByOne);
  public static final OpDefinition FLOORDIVSI = binary("arith.floordivsi", "Signed division rounding toward negative infinity.",
      IntegerOps::floorQuotient, IntegerOps::foldDivByOne);
  public static final OpDefinition CEILDIVSI = binary("arith.ceildivsi", "Signed division rounding toward positive infinity.",
      IntegerOps::ceilQuotient, IntegerOps::foldDivByOne);
  public static final OpDefinition ANDI = binary("arith.andi", "Bitwise and.",
      (a, b, w) -> a & b, IntegerOps::foldAnd, CoreTrait.COMMUTATIVE);
  public static final OpDefinition ORI = binary("arith.ori", "Bitwise or.",
      (a, b, w) -> a | b, IntegerOps::foldOr, CoreTrait.COMMUTATIVE);
  public static final OpDefinition XORI = binary("arith.xori", "Bitwise exclusive or.",
      (a, b, w) -> a ^ b, IntegerOps::foldXor, CoreTrait.COMMUTATIVE);
  public static final OpDefinition SHLI = binary("arith.shli", "Shift left; poison if the amount is >= the width.",
      (a, b, w) -> a << shiftAmount(b, w), IntegerOps::foldShiftByZero);
  public static final OpDefinition SHRSI = binary("arith.shrsi", "Arithmetic shift right; poison if the amount is >= the width.",
      (a, b, w) -> a >> shiftAmount(b, w), IntegerOps::foldShiftByZero);
  public static final OpDefinition SHRUI = binary("arith.shrui", "Logical shift right; poison if the amount is >= the width.",
      (a, b, w) -> zeroExtend(a, w) >>> shiftAmount(b, w), IntegerOps::foldShiftByZero);
  public static final OpDefinition MAXSI = binary("arith.maxsi", "Signed maximum.",
      (a, b, w) -> Math.max(a, b), IntegerOps::foldSameOperand, CoreTrait.COMMUTATIVE);
  public static final OpDefinition MINSI = binary("arith.minsi", "Signed minimum.",
      (a, b, w) -> Math.min(a, b), IntegerOps::foldSameOperand, CoreTrait.COMMUTATIVE);
  public static final OpDefinition MAXUI = binary("arith.maxui", "Unsigned maximum.",
      (a, b, w) -> Long.compareUnsigned(zeroExtend(a, w), zeroExtend(b, w)) >= 0 ? a : b,
      IntegerOps::foldSameOperand, CoreTrait.COMMUTATIVE);
  public static final OpDefinition MINUI = binary("arith.minui", "Unsigned minimum.",
      (a, b, w) -> Long.compareUnsigned(zeroExtend(a, w), zeroExtend(b, w)) <= 0 ? a : b,
      IntegerOps::foldSameOperand, CoreTrait.COMMUTATIVE);

  static List<OpDefinition> all() {
    return List.of(ADDI, SUBI, MULI, DIVSI, DIVUI, REMSI, REMUI, FLOORDIVSI, CEILDIVSI, ANDI, ORI, XORI,
        SHLI, SHRSI, SHRUI, MAXSI, MINSI, MAXUI, MINUI);
  }

  private static OpDefinition binary(String name, String summary, IntegerFunction function, OpFolder identities,
      OpTrait... traits) {
    var all = new ArrayList<OpTrait>(List.of(CoreTrait.PURE, CoreTrait.SAME_OPERANDS_AND_RESULT_TYPE));
    all.addAll(List.of(traits));
    return OpDefinition.builder(name)
        .summary(summary)
        .operands(2)
        .results(1)
        .traits(all.toArray(OpTrait[]::new))
        .verifier((op, verification) -> TypeConstraint.SIGNLESS_INTEGER_LIKE.checkOperand(op, 0, verification))
        .syntax(SameTypeOperandsSyntax.SINGLE_RESULT)
        .implement(OpFolder.class, folder(function, identities))
        .implement(OpSemantics.class, semantics(function))
        .implement(dev.irc.ir.interfaces.Speculation.class, ArithSpeculation.of(name))
        .build();
  }

  private static OpFolder folder(IntegerFunction function, OpFolder identities) {
    return (op, constants) -> {
      Type type = op.result(0).type();
      Attribute lhs = constants.get(0);
      Attribute rhs = constants.get(1);
      if (IntegerConstants.isFoldable(lhs, type) && IntegerConstants.isFoldable(rhs, type)) {
        try {
          long bits = function.apply(IntegerConstants.bits(lhs), IntegerConstants.bits(rhs), RuntimeValue.integerWidth(type));
          return List.of(FoldResult.constant(IntegerConstants.of(bits, type)));
        } catch (UndefinedResult undefined) {
          return List.of();
        }
      }
      return identities.fold(op, constants);
    };
  }

  private static OpSemantics semantics(IntegerFunction function) {
    return (op, operands, interpreter) -> {
      Type type = op.result(0).type();
      int width = RuntimeValue.integerWidth(type);
      if (width < 0) {
        throw InterpreterException.unsupported(op, "integers wider than 64 bits are not supported");
      }
      try {
        long bits = function.apply(RuntimeValue.bits(operands.get(0)), RuntimeValue.bits(operands.get(1)), width);
        return Outcome.results(RuntimeValue.ofBits(bits, type));
      } catch (UndefinedResult undefined) {
        throw InterpreterException.undefined(op, undefined.getMessage());
      }
    };
  }

  // ---- arithmetic shared by folders and semantics -------------------------------------------

  private static long nonZero(long divisor) {
    if (divisor == 0) {
      throw new UndefinedResult("division by zero");
    }
    return divisor;
  }

  /** {@code a / b} rounded toward zero at width {@code w}; undefined for b = 0 and for MIN / -1. */
  static long signedQuotient(long a, long b, int w) {
    nonZero(b);
    if (b == -1 && a == signExtend(1L << (w - 1), w)) {
      throw new UndefinedResult("signed division overflow (minimum value divided by -1)");
    }
    return a / b;
  }

  static long floorQuotient(long a, long b, int w) {
    long q = signedQuotient(a, b, w);
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
  }

  static long ceilQuotient(long a, long b, int w) {
    long q = signedQuotient(a, b, w);
    return (a % b != 0 && (a < 0) == (b < 0)) ? q + 1 : q;
  }

  private static int shiftAmount(long amount, int w) {
    if (Long.compareUnsigned(zeroExtend(amount, w), w) >= 0) {
      throw new UndefinedResult("shift amount " + Long.toUnsignedString(zeroExtend(amount, w))
          + " is not less than the bit width " + w + " (poison)");
    }
    return (int) amount;
  }

  // ---- exact identities (one operand constant, or both operands the same value) -------------

  private static Value lhs(Operation op) {
    return op.operand(0);
  }

  private static Value rhs(Operation op) {
    return op.operand(1);
  }

  private static Type type(Operation op) {
    return op.result(0).type();
  }

  private static List<FoldResult> existing(Value value) {
    return List.of(FoldResult.existing(value));
  }

  private static List<FoldResult> constant(long bits, Operation op) {
    return List.of(FoldResult.constant(IntegerConstants.of(bits, type(op))));
  }

  private static List<FoldResult> foldAdd(Operation op, List<Attribute> c) {
    if (IntegerConstants.is(c.get(1), 0, type(op))) {
      return existing(lhs(op));
    }
    if (IntegerConstants.is(c.get(0), 0, type(op))) {
      return existing(rhs(op));
    }
    return List.of();
  }

  private static List<FoldResult> foldSub(Operation op, List<Attribute> c) {
    if (IntegerConstants.is(c.get(1), 0, type(op))) {
      return existing(lhs(op));
    }
    if (lhs(op) == rhs(op)) {
      return constant(0, op);
    }
    return List.of();
  }

  private static List<FoldResult> foldMul(Operation op, List<Attribute> c) {
    for (int i = 0; i < 2; i++) {
      if (IntegerConstants.is(c.get(i), 1, type(op)) && RuntimeValue.integerWidth(type(op)) > 1) {
        return existing(op.operand(1 - i));
      }
      if (IntegerConstants.is(c.get(i), 0, type(op))) {
        return constant(0, op);
      }
    }
    return List.of();
  }

  private static List<FoldResult> foldDivByOne(Operation op, List<Attribute> c) {
    if (IntegerConstants.is(c.get(1), 1, type(op)) && RuntimeValue.integerWidth(type(op)) > 1) {
      return existing(lhs(op));
    }
    return List.of();
  }

  private static List<FoldResult> foldRemByOne(Operation op, List<Attribute> c) {
    if (IntegerConstants.is(c.get(1), 1, type(op)) && RuntimeValue.integerWidth(type(op)) > 1) {
      return constant(0, op);
    }
    return List.of();
  }

  private static List<FoldResult> foldAnd(Operation op, List<Attribute> c) {
    for (int i = 0; i < 2; i++) {
      if (IntegerConstants.is(c.get(i), 0, type(op))) {
        return constant(0, op);
      }
      if (IntegerConstants.is(c.get(i), -1, type(op))) {
        return existing(op.operand(1 - i));
      }
    }
    return foldSameOperand(op, c);
  }

  private static List<FoldResult> foldOr(Operation op, List<Attribute> c) {
    for (int i = 0; i < 2; i++) {
      if (IntegerConstants.is(c.get(i), 0, type(op))) {
        return existing(op.operand(1 - i));
      }
      if (IntegerConstants.is(c.get(i), -1, type(op))) {
        return constant(-1, op);
      }
    }
    return foldSameOperand(op, c);
  }

  private static List<FoldResult> foldXor(Operation op, List<Attribute> c) {
    for (int i = 0; i < 2; i++) {
      if (IntegerConstants.is(c.get(i), 0, type(op))) {
        return existing(op.operand(1 - i));
      }
    }
    return lhs(op) == rhs(op) ? constant(0, op) : List.of();
  }

  private static List<FoldResult> foldShiftByZero(Operation op, List<Attribute> c) {
    return IntegerConstants.is(c.get(1), 0, type(op)) ? existing(lhs(op)) : List.of();
  }

  private static List<FoldResult> foldSameOperand(Operation op, List<Attribute> c) {
    return lhs(op) == rhs(op) ? existing(lhs(op)) : List.of();
  }
}
