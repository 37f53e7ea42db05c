package dev.irc.py.semantics;

import java.text.MessageFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The operations the semantics tests exercise: each is a Python source template and the library
 * call that must mean the same. Used by the table test and the differential test.
 */
enum PyOp {
  ADD(2, "({0}) + ({1})", a -> Arithmetic.add(a.get(0), a.get(1))),
  SUB(2, "({0}) - ({1})", a -> Arithmetic.sub(a.get(0), a.get(1))),
  MUL(2, "({0}) * ({1})", a -> Arithmetic.mul(a.get(0), a.get(1))),
  TRUEDIV(2, "({0}) / ({1})", a -> Arithmetic.trueDiv(a.get(0), a.get(1))),
  FLOORDIV(2, "({0}) // ({1})", a -> Arithmetic.floorDiv(a.get(0), a.get(1))),
  MOD(2, "({0}) % ({1})", a -> Arithmetic.mod(a.get(0), a.get(1))),
  POW(2, "({0}) ** ({1})", a -> Arithmetic.pow(a.get(0), a.get(1))),
  POW3(3, "pow({0}, {1}, {2})", a -> Arithmetic.pow(a.get(0), a.get(1), a.get(2))),
  LSHIFT(2, "({0}) << ({1})", a -> Arithmetic.lshift(a.get(0), a.get(1))),
  RSHIFT(2, "({0}) >> ({1})", a -> Arithmetic.rshift(a.get(0), a.get(1))),
  AND(2, "({0}) & ({1})", a -> Arithmetic.and(a.get(0), a.get(1))),
  OR(2, "({0}) | ({1})", a -> Arithmetic.or(a.get(0), a.get(1))),
  XOR(2, "({0}) ^ ({1})", a -> Arithmetic.xor(a.get(0), a.get(1))),
  NEG(1, "-({0})", a -> Arithmetic.neg(a.get(0))),
  POS(1, "+({0})", a -> Arithmetic.pos(a.get(0))),
  INVERT(1, "~({0})", a -> Arithmetic.invert(a.get(0))),
  DIVMOD(2, "divmod({0}, {1})", a -> Builtins.divmod(a.get(0), a.get(1))),
  EQ(2, "({0}) == ({1})", a -> Comparison.eq(a.get(0), a.get(1))),
  NE(2, "({0}) != ({1})", a -> Comparison.ne(a.get(0), a.get(1))),
  LT(2, "({0}) < ({1})", a -> Comparison.lt(a.get(0), a.get(1))),
  LE(2, "({0}) <= ({1})", a -> Comparison.le(a.get(0), a.get(1))),
  GT(2, "({0}) > ({1})", a -> Comparison.gt(a.get(0), a.get(1))),
  GE(2, "({0}) >= ({1})", a -> Comparison.ge(a.get(0), a.get(1))),
  ABS(1, "abs({0})", a -> Builtins.abs(a.get(0))),
  MIN(2, "min({0}, {1})", a -> Builtins.min(a)),
  MAX(2, "max({0}, {1})", a -> Builtins.max(a)),
  INT(1, "int({0})", a -> Builtins.intOf(a.get(0))),
  FLOAT(1, "float({0})", a -> Builtins.floatOf(a.get(0))),
  BOOL(1, "bool({0})", a -> Builtins.boolOf(a.get(0))),
  STR(1, "str({0})", a -> Repr.str(a.get(0))),
  ROUND(1, "round({0})", a -> Builtins.round(a.get(0))),
  ROUND2(2, "round({0}, {1})", a -> Builtins.round(a.get(0), a.get(1))),
  SQRT(1, "math.sqrt({0})", a -> PyMath.sqrt(a.get(0))),
  SIN(1, "math.sin({0})", a -> PyMath.sin(a.get(0))),
  COS(1, "math.cos({0})", a -> PyMath.cos(a.get(0))),
  TAN(1, "math.tan({0})", a -> PyMath.tan(a.get(0))),
  ASIN(1, "math.asin({0})", a -> PyMath.asin(a.get(0))),
  ACOS(1, "math.acos({0})", a -> PyMath.acos(a.get(0))),
  ATAN(1, "math.atan({0})", a -> PyMath.atan(a.get(0))),
  ATAN2(2, "math.atan2({0}, {1})", a -> PyMath.atan2(a.get(0), a.get(1))),
  SINH(1, "math.sinh({0})", a -> PyMath.sinh(a.get(0))),
  COSH(1, "math.cosh({0})", a -> PyMath.cosh(a.get(0))),
  TANH(1, "math.tanh({0})", a -> PyMath.tanh(a.get(0))),
  EXP(1, "math.exp({0})", a -> PyMath.exp(a.get(0))),
  EXPM1(1, "math.expm1({0})", a -> PyMath.expm1(a.get(0))),
  LOG(1, "math.log({0})", a -> PyMath.log(a.get(0))),
  LOG_BASE(2, "math.log({0}, {1})", a -> PyMath.log(a.get(0), a.get(1))),
  LOG2(1, "math.log2({0})", a -> PyMath.log2(a.get(0))),
  LOG10(1, "math.log10({0})", a -> PyMath.log10(a.get(0))),
  LOG1P(1, "math.log1p({0})", a -> PyMath.log1p(a.get(0))),
  FLOOR(1, "math.floor({0})", a -> PyMath.floor(a.get(0))),
  CEIL(1, "math.ceil({0})", a -> PyMath.ceil(a.get(0))),
  TRUNC(1, "math.trunc({0})", a -> PyMath.trunc(a.get(0))),
  FABS(1, "math.fabs({0})", a -> PyMath.fabs(a.get(0))),
  FMOD(2, "math.fmod({0}, {1})", a -> PyMath.fmod(a.get(0), a.get(1))),
  COPYSIGN(2, "math.copysign({0}, {1})", a -> PyMath.copysign(a.get(0), a.get(1))),
  HYPOT(2, "math.hypot({0}, {1})", a -> PyMath.hypot(a.get(0), a.get(1))),
  MATH_POW(2, "math.pow({0}, {1})", a -> PyMath.pow(a.get(0), a.get(1))),
  DEGREES(1, "math.degrees({0})", a -> PyMath.degrees(a.get(0))),
  RADIANS(1, "math.radians({0})", a -> PyMath.radians(a.get(0))),
  ISNAN(1, "math.isnan({0})", a -> PyMath.isnan(a.get(0))),
  ISINF(1, "math.isinf({0})", a -> PyMath.isinf(a.get(0))),
  ISFINITE(1, "math.isfinite({0})", a -> PyMath.isfinite(a.get(0))),
  ISCLOSE(2, "math.isclose({0}, {1})", a -> PyMath.isclose(a.get(0), a.get(1))),
  GCD(2, "math.gcd({0}, {1})", a -> PyMath.gcd(a)),
  FACTORIAL(1, "math.factorial({0})", a -> PyMath.factorial(a.get(0))),
  ISQRT(1, "math.isqrt({0})", a -> PyMath.isqrt(a.get(0))),
  COMB(2, "math.comb({0}, {1})", a -> PyMath.comb(a.get(0), a.get(1))),
  PERM(2, "math.perm({0}, {1})", a -> PyMath.perm(a.get(0), a.get(1)));

  final int arity;
  final String template;
  final Function<List<Object>, Object> meaning;

  PyOp(int arity, String template, Function<List<Object>, Object> meaning) {
    this.arity = arity;
    this.template = template;
    this.meaning = meaning;
  }

  /** The Python source of this operation applied to {@code args}. */
  String python(List<Object> args) {
    return MessageFormat.format(template.replace("'", "''"),
        args.stream().map(PyLiteral::source).toArray());
  }

  /** What our library prints for it: the repr of the result, or {@code Type: message}. */
  String evaluate(List<Object> args) {
    try {
      return Repr.repr(meaning.apply(args));
    } catch (PyException e) {
      return e.lastLine();
    }
  }
}
