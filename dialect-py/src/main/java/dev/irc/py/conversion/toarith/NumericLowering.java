package dev.irc.py.conversion.toarith;

import static dev.irc.py.conversion.toarith.RuntimeAbi.F64;
import static dev.irc.py.conversion.toarith.RuntimeAbi.I1;
import static dev.irc.py.conversion.toarith.RuntimeAbi.I64;

import dev.irc.dialect.arith.CmpFPredicate;
import dev.irc.dialect.arith.CmpIPredicate;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.IntegerAttr;
import java.util.List;

/**
 * Python's numeric operators on typed values with exact semantics: checked i64 arithmetic that
 * deoptimizes on overflow, floor division and modulo rounding toward negative infinity (ints and
 * floats, with CPython's signs of zero), exact int/float comparisons, CPython's
 * ZeroDivisionError/ValueError messages, and the conversions between bool, int and float.
 */
final class NumericLowering {
  /** 2^63 as a double: the first float above every i64. */
  private static final double TWO_63 = 9.223372036854775808E18;
  /** 2^53: ints of at most this magnitude convert to float exactly. */
  private static final long TWO_53 = 1L << 53;

  private final Emitter e;

  NumericLowering(Emitter emitter) {
    this.e = emitter;
  }

  // ---- conversions --------------------------------------------------------------------------

  Value toInt(Value value, PyType type) {
    return type instanceof PyType.Bool ? e.op("arith.extui", List.of(value), I64) : value;
  }

  Value toFloat(Value value, PyType type) {
    return switch (type) {
      case PyType.Float f -> value;
      case PyType.Bool b -> e.select(value, e.f64(1.0), e.f64(0.0));
      default -> e.op("arith.sitofp", List.of(value), F64);
    };
  }

  /** Python truthiness as an i1. */
  Value truth(Value value, PyType type) {
    return switch (type) {
      case PyType.Bool b -> value;
      case PyType.Int i -> e.cmpi(CmpIPredicate.NE, value, e.i64(0));
      case PyType.Float f -> e.cmpf(CmpFPredicate.UNE, value, e.f64(0.0));
      case PyType.Str(String s) -> e.bool(!s.isEmpty());
      default -> e.bool(false);
    };
  }

  // ---- binary operators ---------------------------------------------------------------------

  /** {@code a <kind> b} whose result type is {@code result}; {@code exponent} is the constant exponent of an int pow. */
  Value binary(String kind, PyType ta, Value a, PyType tb, Value b, PyType result, Long exponent) {
    if (result instanceof PyType.Bool) {
      String name = switch (kind) {
        case "bitand" -> "arith.andi";
        case "bitor" -> "arith.ori";
        default -> "arith.xori";
      };
      return e.op(name, List.of(a, b), I1);
    }
    if (result instanceof PyType.Int) {
      return intBinary(kind, toInt(a, ta), toInt(b, tb), exponent);
    }
    if (kind.equals("truediv") && ta.isIntLike() && tb.isIntLike()) {
      return intTrueDivide(toInt(a, ta), toInt(b, tb));
    }
    Value x = toFloat(a, ta);
    Value y = toFloat(b, tb);
    return switch (kind) {
      case "add" -> e.op("arith.addf", List.of(x, y), F64);
      case "sub" -> e.op("arith.subf", List.of(x, y), F64);
      case "mul" -> e.op("arith.mulf", List.of(x, y), F64);
      case "truediv" -> {
        e.raiseIf(e.cmpf(CmpFPredicate.OEQ, y, e.f64(0.0)), "ZeroDivisionError", "float division by zero");
        yield e.op("arith.divf", List.of(x, y), F64);
      }
      case "floordiv" -> {
        e.raiseIf(e.cmpf(CmpFPredicate.OEQ, y, e.f64(0.0)), "ZeroDivisionError", "float floor division by zero");
        yield floatDivMod(x, y)[0];
      }
      case "mod" -> {
        e.raiseIf(e.cmpf(CmpFPredicate.OEQ, y, e.f64(0.0)), "ZeroDivisionError", "float modulo");
        yield floatDivMod(x, y)[1];
      }
      case "pow" -> e.fallible("irc_float_pow", List.of(x, y)).getFirst();
      default -> throw new IllegalStateException("no float lowering of " + kind);
    };
  }

  private Value intBinary(String kind, Value x, Value y, Long exponent) {
    return switch (kind) {
      case "add" -> checked("arith.checked_addi", x, y);
      case "sub" -> checked("arith.checked_subi", x, y);
      case "mul" -> checked("arith.checked_muli", x, y);
      case "floordiv" -> {
        e.raiseIf(e.cmpi(CmpIPredicate.EQ, y, e.i64(0)), "ZeroDivisionError", "integer division or modulo by zero");
        yield floorDivide(x, y);
      }
      case "mod" -> {
        e.raiseIf(e.cmpi(CmpIPredicate.EQ, y, e.i64(0)), "ZeroDivisionError", "integer modulo by zero");
        yield modulo(x, y);
      }
      case "pow" -> power(x, exponent);
      case "lshift" -> {
        e.raiseIf(e.cmpi(CmpIPredicate.SLT, y, e.i64(0)), "ValueError", "negative shift count");
        Value big = e.cmpi(CmpIPredicate.SGE, y, e.i64(64));
        e.deoptIf(e.and(big, e.cmpi(CmpIPredicate.NE, x, e.i64(0))));
        Value amount = e.select(big, e.i64(0), y);
        Value shifted = e.op("arith.shli", List.of(x, amount), I64);
        e.deoptIf(e.cmpi(CmpIPredicate.NE, e.op("arith.shrsi", List.of(shifted, amount), I64), x));
        yield shifted;
      }
      case "rshift" -> {
        e.raiseIf(e.cmpi(CmpIPredicate.SLT, y, e.i64(0)), "ValueError", "negative shift count");
        Value amount = e.select(e.cmpi(CmpIPredicate.SGT, y, e.i64(63)), e.i64(63), y);
        yield e.op("arith.shrsi", List.of(x, amount), I64);
      }
      case "bitand" -> e.op("arith.andi", List.of(x, y), I64);
      case "bitor" -> e.op("arith.ori", List.of(x, y), I64);
      case "bitxor" -> e.op("arith.xori", List.of(x, y), I64);
      default -> throw new IllegalStateException("no int lowering of " + kind);
    };
  }

  /** An overflow-checked op: deoptimizes when the exact result does not fit i64. */
  Value checked(String name, Value x, Value y) {
    var op = e.opMulti(name, List.of(x, y), List.of(I64, I1));
    e.deoptIf(op.result(1));
    return op.result(0);
  }

  /**
   * {@code x // y} for a non-zero {@code y}; deoptimizes for MIN // -1. Unless {@code y} is a
   * constant (then the signed form folds), operands that are both non-negative, the common
   * case, take an unsigned division: no sign correction and no MIN // -1 guard on that path.
   */
  Value floorDivide(Value x, Value y) {
    if (isConstant(y)) {
      return signedFloorDivide(x, y);
    }
    return e.ifElse(bothNonNegative(x, y), List.of(I64),
        () -> List.of(e.op("arith.divui", List.of(x, y), I64)),
        () -> List.of(signedFloorDivide(x, y))).getFirst();
  }

  private Value signedFloorDivide(Value x, Value y) {
    e.deoptIf(e.and(e.cmpi(CmpIPredicate.EQ, x, e.i64(Long.MIN_VALUE)), e.cmpi(CmpIPredicate.EQ, y, e.i64(-1))));
    return e.op("arith.floordivsi", List.of(x, y), I64);
  }

  /**
   * {@code x % y} for a non-zero {@code y}, with the divisor's sign. As for {@link #floorDivide},
   * a non-constant divisor branches: non-negative operands take a plain unsigned remainder.
   */
  Value modulo(Value x, Value y) {
    if (isConstant(y)) {
      return signedModulo(x, y);
    }
    return e.ifElse(bothNonNegative(x, y), List.of(I64),
        () -> List.of(e.op("arith.remui", List.of(x, y), I64)),
        () -> List.of(signedModulo(x, y))).getFirst();
  }

  /** {@code x >= 0 && y >= 0} as one sign test of {@code x | y}. */
  private Value bothNonNegative(Value x, Value y) {
    return e.cmpi(CmpIPredicate.SGE, e.or(x, y), e.i64(0));
  }

  private static boolean isConstant(Value value) {
    return value.definingOp() != null && value.definingOp().name().equals("arith.constant");
  }

  /** The value of an integer {@code arith.constant}, or null. */
  static Long constantValue(Value value) {
    if (isConstant(value) && dev.irc.dialect.arith.ConstantOp.value(value.definingOp()) instanceof IntegerAttr attr) {
      return attr.longValue();
    }
    return null;
  }

  private Value signedModulo(Value x, Value y) {
    Value safe = e.select(e.cmpi(CmpIPredicate.EQ, y, e.i64(-1)), e.i64(1), y);
    Value r = e.op("arith.remsi", List.of(x, safe), I64);
    Value nonZero = e.cmpi(CmpIPredicate.NE, r, e.i64(0));
    Value signsDiffer = e.op("arith.xori", List.of(e.cmpi(CmpIPredicate.SLT, r, e.i64(0)),
        e.cmpi(CmpIPredicate.SLT, y, e.i64(0))), I1);
    return e.select(e.and(nonZero, signsDiffer), e.op("arith.addi", List.of(r, y), I64), r);
  }

  /** {@code x ** n} for a constant {@code n >= 0}: square-and-multiply with checked multiplies. */
  private Value power(Value x, long n) {
    Value result = e.i64(1);
    for (int bit = 63 - Long.numberOfLeadingZeros(Math.max(n, 1)); bit >= 0 && n > 0; bit--) {
      result = checked("arith.checked_muli", result, result);
      if ((n >> bit & 1) != 0) {
        result = checked("arith.checked_muli", result, x);
      }
    }
    return result;
  }

  /** int / int: exact through f64 when both fit in 53 bits, else the runtime's correctly rounded division. */
  private Value intTrueDivide(Value x, Value y) {
    e.raiseIf(e.cmpi(CmpIPredicate.EQ, y, e.i64(0)), "ZeroDivisionError", "division by zero");
    Value small = e.and(fitsIn53(x), fitsIn53(y));
    return e.ifElse(small, List.of(F64),
        () -> List.of(e.op("arith.divf", List.of(e.op("arith.sitofp", List.of(x), F64), e.op("arith.sitofp", List.of(y), F64)), F64)),
        () -> e.fallible("irc_int_truediv", List.of(x, y))).getFirst();
  }

  private Value fitsIn53(Value x) {
    return e.and(e.cmpi(CmpIPredicate.SLE, x, e.i64(TWO_53)), e.cmpi(CmpIPredicate.SGE, x, e.i64(-TWO_53)));
  }

  /**
   * CPython's float floor division and modulo ({@code _float_div_mod}) for a non-zero divisor:
   * {@code [x // y, x % y]}.
   */
  Value[] floatDivMod(Value x, Value y) {
    Value zero = e.f64(0.0);
    Value mod = e.op("arith.remf", List.of(x, y), F64);
    Value div = e.op("arith.divf", List.of(e.op("arith.subf", List.of(x, mod), F64), y), F64);
    Value modNonZero = e.cmpf(CmpFPredicate.UNE, mod, zero);
    Value yNegative = e.cmpf(CmpFPredicate.OLT, y, zero);
    Value signsDiffer = e.op("arith.xori", List.of(yNegative, e.cmpf(CmpFPredicate.OLT, mod, zero)), I1);
    Value adjust = e.and(modNonZero, signsDiffer);
    div = e.select(adjust, e.op("arith.subf", List.of(div, e.f64(1.0)), F64), div);
    Value signedZero = e.select(yNegative, e.f64(-0.0), zero);
    mod = e.select(adjust, e.op("arith.addf", List.of(mod, y), F64), e.select(modNonZero, mod, signedZero));
    Value floor = e.runtime("floor", List.of(div)).getFirst();
    Value roundUp = e.cmpf(CmpFPredicate.OGT, e.op("arith.subf", List.of(div, floor), F64), e.f64(0.5));
    floor = e.select(roundUp, e.op("arith.addf", List.of(floor, e.f64(1.0)), F64), floor);
    Value quotient = e.op("arith.divf", List.of(x, y), F64);
    Value quotientNegative = e.cmpf(CmpFPredicate.OLT, e.op("arith.divf", List.of(e.f64(1.0), quotient), F64), zero);
    Value zeroQuotient = e.select(quotientNegative, e.f64(-0.0), zero);
    Value floorDiv = e.select(e.cmpf(CmpFPredicate.UNE, div, zero), floor, zeroQuotient);
    return new Value[] {floorDiv, mod};
  }

  // ---- unary operators ----------------------------------------------------------------------

  Value unary(String kind, PyType type, Value a) {
    return switch (kind) {
      case "neg" -> type instanceof PyType.Float ? e.op("arith.negf", List.of(a), F64)
          : checked("arith.checked_subi", e.i64(0), toInt(a, type));
      case "pos" -> toInt(a, type);
      case "invert" -> e.op("arith.xori", List.of(toInt(a, type), e.i64(-1)), I64);
      case "not" -> e.not(truth(a, type));
      default -> throw new IllegalStateException("no lowering of unary " + kind);
    };
  }

  // ---- comparisons --------------------------------------------------------------------------

  /** {@code a <kind> b} as an i1, exact for every mix of bool, int, float and None. */
  Value compare(String kind, PyType ta, Value a, PyType tb, Value b) {
    if (ta instanceof PyType.Str(String sa) && tb instanceof PyType.Str(String sb)) {
      return e.bool(sa.equals(sb) == kind.equals("eq"));
    }
    if (ta instanceof PyType.None || tb instanceof PyType.None) {
      boolean same = ta.equals(tb);
      return e.bool(kind.equals("eq") || kind.equals("is") ? same : !same);
    }
    if (kind.equals("is")) {
      kind = "eq";
    } else if (kind.equals("isnot")) {
      kind = "ne";
    }
    if (ta instanceof PyType.Bool && tb instanceof PyType.Bool) {
      return e.cmpi(unsignedPredicate(kind), a, b);
    }
    if (ta.isIntLike() && tb.isIntLike()) {
      return e.cmpi(signedPredicate(kind), toInt(a, ta), toInt(b, tb));
    }
    if (!ta.isIntLike() && !tb.isIntLike()) {
      return e.cmpf(floatPredicate(kind), a, b);
    }
    if (ta.isIntLike()) {
      return compareIntFloat(kind, toInt(a, ta), b);
    }
    return compareIntFloat(mirror(kind), toInt(b, tb), a);
  }

  /**
   * Exact {@code i <kind> f}: converting i to float is monotonic, so when the rounded value
   * differs from f it orders the same way; when it is equal, f is an integer and the comparison
   * is done on integers (2^63 itself is above every i64).
   */
  private Value compareIntFloat(String kind, Value i, Value f) {
    Value rounded = e.op("arith.sitofp", List.of(i), F64);
    Value viaFloat = e.cmpf(floatPredicate(kind), rounded, f);
    Value equal = e.cmpf(CmpFPredicate.OEQ, rounded, f);
    Value big = e.cmpf(CmpFPredicate.OGE, f, e.f64(TWO_63));
    Value safe = e.select(e.and(equal, e.not(big)), f, e.f64(0.0));
    Value exact = e.cmpi(signedPredicate(kind), i, e.op("arith.fptosi", List.of(safe), I64));
    Value aboveAll = e.bool(kind.equals("lt") || kind.equals("le") || kind.equals("ne"));
    return e.select(equal, e.select(big, aboveAll, exact), viaFloat);
  }

  private static String mirror(String kind) {
    return switch (kind) {
      case "lt" -> "gt";
      case "le" -> "ge";
      case "gt" -> "lt";
      case "ge" -> "le";
      default -> kind;
    };
  }

  static CmpIPredicate signedPredicate(String kind) {
    return switch (kind) {
      case "eq" -> CmpIPredicate.EQ;
      case "ne" -> CmpIPredicate.NE;
      case "lt" -> CmpIPredicate.SLT;
      case "le" -> CmpIPredicate.SLE;
      case "gt" -> CmpIPredicate.SGT;
      default -> CmpIPredicate.SGE;
    };
  }

  static CmpIPredicate unsignedPredicate(String kind) {
    return switch (kind) {
      case "eq" -> CmpIPredicate.EQ;
      case "ne" -> CmpIPredicate.NE;
      case "lt" -> CmpIPredicate.ULT;
      case "le" -> CmpIPredicate.ULE;
      case "gt" -> CmpIPredicate.UGT;
      default -> CmpIPredicate.UGE;
    };
  }

  static CmpFPredicate floatPredicate(String kind) {
    return switch (kind) {
      case "eq" -> CmpFPredicate.OEQ;
      case "ne" -> CmpFPredicate.UNE;
      case "lt" -> CmpFPredicate.OLT;
      case "le" -> CmpFPredicate.OLE;
      case "gt" -> CmpFPredicate.OGT;
      default -> CmpFPredicate.OGE;
    };
  }
}
