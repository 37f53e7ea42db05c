package dev.irc.py.conversion.toarith;

import static dev.irc.py.conversion.toarith.RuntimeAbi.F64;
import static dev.irc.py.conversion.toarith.RuntimeAbi.I64;

import dev.irc.dialect.arith.CmpFPredicate;
import dev.irc.dialect.arith.CmpIPredicate;
import dev.irc.ir.Value;
import dev.irc.py.semantics.NumberParsing;
import dev.irc.py.semantics.PyException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Builtins and {@code math} functions on typed values: {@code print} as a sequence of runtime
 * print calls, {@code abs/min/max/int/float/bool/round/divmod/pow/range} inline where exact (with
 * guards) or as fallible runtime helpers, and {@code math.*} as calls to the runtime's
 * CPython-exact wrappers of libm ({@code @irc_math_sin}, which raise Python's ValueError and
 * OverflowError where CPython does).
 */
final class BuiltinLowering {
  /** The smallest float not below every i64, and its negation (the bounds of a float that converts to i64). */
  private static final double TWO_63 = 9.223372036854775808E18;

  private final Emitter e;
  private final NumericLowering numeric;
  private final ToLongFunction<String> strings;

  BuiltinLowering(Emitter emitter, NumericLowering numeric, ToLongFunction<String> strings) {
    this.e = emitter;
    this.numeric = numeric;
    this.strings = strings;
  }

  /** Lowers {@code name(arguments)}; gives back the IR values of the result (per {@link PyType#irTypes}). */
  List<Value> lower(String name, List<PyType> types, List<List<Value>> values, List<String> keywordNames,
      PyType result, Long exponent) {
    int positional = types.size() - keywordNames.size();
    List<PyType> t = types.subList(0, positional);
    List<Value> v = values.subList(0, positional).stream().map(l -> l.isEmpty() ? null : l.getFirst()).toList();
    return switch (name) {
      case "print" -> {
        print(t, v, keyword("sep", " ", keywordNames, types, positional), keyword("end", "\n", keywordNames, types, positional));
        yield List.of();
      }
      case "abs" -> List.of(abs(t.get(0), v.get(0)));
      case "min", "max" -> List.of(minMax(name.equals("min"), t.get(0), v));
      case "int" -> List.of(toInt(t.get(0), v.get(0)));
      case "float" -> List.of(t.get(0) instanceof PyType.Str(String s) ? parsedFloat(s) : numeric.toFloat(v.get(0), t.get(0)));
      case "bool" -> List.of(t.isEmpty() ? e.bool(false) : numeric.truth(v.get(0), t.get(0)));
      case "round" -> round(types, values);
      case "divmod" -> divmod(t, v);
      case "range" -> range(t, v);
      default -> math(name.substring("math.".length()), t, v, result);
    };
  }

  private String keyword(String name, String fallback, List<String> keywordNames, List<PyType> types, int positional) {
    int index = keywordNames.indexOf(name);
    return index >= 0 && types.get(positional + index) instanceof PyType.Str(String s) ? s : fallback;
  }

  private void print(List<PyType> types, List<Value> values, String sep, String end) {
    for (int i = 0; i < types.size(); i++) {
      if (i > 0) {
        printString(sep);
      }
      switch (types.get(i)) {
        case PyType.Int n -> e.runtime("irc_print_i64", List.of(values.get(i)));
        case PyType.Float f -> e.runtime("irc_print_f64", List.of(values.get(i)));
        case PyType.Bool b -> e.runtime("irc_print_bool", List.of(values.get(i)));
        case PyType.Str(String s) -> printString(s);
        default -> e.runtime("irc_print_none", List.of());
      }
    }
    printString(end);
  }

  private void printString(String text) {
    if (!text.isEmpty()) {
      e.runtime("irc_print_str", List.of(e.i64(strings.applyAsLong(text))));
    }
  }

  private Value abs(PyType type, Value value) {
    if (type instanceof PyType.Float) {
      return e.runtime("fabs", List.of(value)).getFirst();
    }
    Value x = numeric.toInt(value, type);
    Value negated = numeric.checked("arith.checked_subi", e.i64(0), x);
    return e.select(e.cmpi(CmpIPredicate.SLT, x, e.i64(0)), negated, x);
  }

  /** Python's min/max: the first argument that no later one beats ({@code <} for min, {@code >} for max). */
  private Value minMax(boolean min, PyType type, List<Value> values) {
    Value best = values.getFirst();
    for (Value candidate : values.subList(1, values.size())) {
      String kind = min ? "lt" : "gt";
      best = e.select(numeric.compare(kind, type, candidate, type, best), candidate, best);
    }
    return best;
  }

  /** int(x): exact truncation of a float; ValueError for NaN, OverflowError for infinities, deopt beyond i64. */
  Value toInt(PyType type, Value value) {
    if (type instanceof PyType.Str(String s)) {
      return parsedInt(s);
    }
    if (!(type instanceof PyType.Float)) {
      return numeric.toInt(value, type);
    }
    e.raiseIf(e.cmpf(CmpFPredicate.UNO, value, value), "ValueError", "cannot convert float NaN to integer");
    e.raiseIf(e.or(e.cmpf(CmpFPredicate.OEQ, value, e.f64(Double.POSITIVE_INFINITY)),
        e.cmpf(CmpFPredicate.OEQ, value, e.f64(Double.NEGATIVE_INFINITY))), "OverflowError", "cannot convert float infinity to integer");
    Value inRange = e.and(e.cmpf(CmpFPredicate.OGE, value, e.f64(-TWO_63)), e.cmpf(CmpFPredicate.OLT, value, e.f64(TWO_63)));
    e.deoptIf(e.not(inRange));
    return e.op("arith.fptosi", List.of(e.select(inRange, value, e.f64(0.0))), I64);
  }

  /**
   * {@code int("literal")}: the string is a compile-time constant, so it is parsed now with the
   * evaluator's rules; a ValueError is raised where the call is, an int beyond i64 deoptimizes.
   */
  private Value parsedInt(String literal) {
    try {
      Object n = NumberParsing.parseInt(literal);
      if (n instanceof Long l) {
        return e.i64(l);
      }
      e.deoptIf(e.bool(true));
    } catch (PyException error) {
      e.raiseIf(e.bool(true), error.type(), error.pyMessage());
    }
    return e.i64(0);
  }

  /** {@code float("literal")}, parsed at compile time like {@link #parsedInt}. */
  private Value parsedFloat(String literal) {
    try {
      return e.f64(NumberParsing.parseFloat(literal));
    } catch (PyException error) {
      e.raiseIf(e.bool(true), error.type(), error.pyMessage());
      return e.f64(0.0);
    }
  }

  private List<Value> round(List<PyType> types, List<List<Value>> values) {
    var args = new ArrayList<Value>();
    var argTypes = new ArrayList<PyType>();
    for (int i = 0; i < types.size(); i++) {
      if (!(types.get(i) instanceof PyType.None)) {
        argTypes.add(types.get(i));
        args.add(values.get(i).getFirst());
      }
    }
    if (argTypes.size() == 1) {
      return argTypes.get(0) instanceof PyType.Float
          ? e.fallible("irc_round_f64", List.of(args.get(0)))
          : List.of(numeric.toInt(args.get(0), argTypes.get(0)));
    }
    return e.fallible("irc_round_f64_digits", List.of(args.get(0), numeric.toInt(args.get(1), argTypes.get(1))));
  }

  private List<Value> divmod(List<PyType> t, List<Value> v) {
    if (t.get(0).isIntLike() && t.get(1).isIntLike()) {
      Value x = numeric.toInt(v.get(0), t.get(0));
      Value y = numeric.toInt(v.get(1), t.get(1));
      e.raiseIf(e.cmpi(CmpIPredicate.EQ, y, e.i64(0)), "ZeroDivisionError", "integer division or modulo by zero");
      return List.of(numeric.floorDivide(x, y), numeric.modulo(x, y));
    }
    Value x = numeric.toFloat(v.get(0), t.get(0));
    Value y = numeric.toFloat(v.get(1), t.get(1));
    e.raiseIf(e.cmpf(CmpFPredicate.OEQ, y, e.f64(0.0)), "ZeroDivisionError", "float divmod()");
    return List.of(numeric.floatDivMod(x, y));
  }

  /** range(...) as (start, stop, step); ValueError for a zero step. */
  private List<Value> range(List<PyType> t, List<Value> v) {
    List<Value> ints = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      ints.add(numeric.toInt(v.get(i), t.get(i)));
    }
    return switch (ints.size()) {
      case 1 -> List.of(e.i64(0), ints.get(0), e.i64(1));
      case 2 -> List.of(ints.get(0), ints.get(1), e.i64(1));
      default -> {
        e.raiseIf(e.cmpi(CmpIPredicate.EQ, ints.get(2), e.i64(0)), "ValueError", "range() arg 3 must not be zero");
        yield ints;
      }
    };
  }

  private List<Value> math(String function, List<PyType> t, List<Value> v, PyType result) {
    if (BuiltinSignatures.PREDICATES.contains(function)) {
      if (t.get(0).isIntLike()) {
        return List.of(e.bool(function.equals("isfinite")));
      }
      Value x = v.get(0);
      Value nan = e.cmpf(CmpFPredicate.UNO, x, x);
      Value inf = e.or(e.cmpf(CmpFPredicate.OEQ, x, e.f64(Double.POSITIVE_INFINITY)),
          e.cmpf(CmpFPredicate.OEQ, x, e.f64(Double.NEGATIVE_INFINITY)));
      return List.of(switch (function) {
        case "isnan" -> nan;
        case "isinf" -> inf;
        default -> e.not(e.or(nan, inf));
      });
    }
    if (BuiltinSignatures.TO_INT.contains(function)) {
      return t.get(0).isIntLike() ? List.of(numeric.toInt(v.get(0), t.get(0)))
          : e.fallible("irc_math_" + function, List.of(v.get(0)));
    }
    switch (function) {
      case "gcd", "lcm" -> {
        return List.of(gcdOrLcm(function, t, v));
      }
      case "factorial", "isqrt" -> {
        return e.fallible("irc_math_" + function, List.of(numeric.toInt(v.get(0), t.get(0))));
      }
      case "comb", "perm" -> {
        Value n = numeric.toInt(v.get(0), t.get(0));
        return t.size() == 1 ? e.fallible("irc_math_factorial", List.of(n))
            : e.fallible("irc_math_" + function, List.of(n, numeric.toInt(v.get(1), t.get(1))));
      }
      case "ldexp" -> {
        return e.fallible("irc_math_ldexp", List.of(numeric.toFloat(v.get(0), t.get(0)), numeric.toInt(v.get(1), t.get(1))));
      }
      case "hypot" -> {
        if (t.isEmpty()) {
          return List.of(e.f64(0.0));
        }
        if (t.size() == 1) {
          return e.runtime("fabs", List.of(numeric.toFloat(v.get(0), t.get(0))));
        }
        if (t.size() > 2) {
          return List.of(vectorNorm(t, v));
        }
      }
      default -> { }
    }
    var floats = new ArrayList<Value>();
    for (int i = 0; i < t.size(); i++) {
      floats.add(numeric.toFloat(v.get(i), t.get(i)));
    }
    if (BuiltinSignatures.LIBM_UNCHECKED.contains(function)) {
      return e.runtime(function, floats);
    }
    Boolean canOverflow = floats.size() == 1 ? BuiltinSignatures.LIBM_CAN_OVERFLOW.get(function) : null;
    if (canOverflow != null) {
      return List.of(checkedLibmCall(function, floats.getFirst(), canOverflow));
    }
    return e.fallible((floats.size() == 1 ? "irc_math_" : "irc_math2_") + function, floats);
  }

  /**
   * {@code math.gcd(*ints)} or {@code math.lcm(*ints)}: CPython folds the arguments left to right
   * (no arguments give 0 and 1, one gives its absolute value); each step is a runtime helper
   * that deoptimizes when the result leaves i64.
   */
  private Value gcdOrLcm(String function, List<PyType> t, List<Value> v) {
    if (t.isEmpty()) {
      return e.i64(function.equals("gcd") ? 0 : 1);
    }
    if (t.size() == 1) {
      return abs(t.get(0), v.get(0));
    }
    Value result = numeric.toInt(v.get(0), t.get(0));
    for (int i = 1; i < t.size(); i++) {
      result = e.fallible("irc_math_" + function, List.of(result, numeric.toInt(v.get(i), t.get(i)))).getFirst();
    }
    return result;
  }

  /**
   * {@code math.hypot(*coordinates)} of three or more: CPython's vector_norm as the runtime's
   * steps (see {@code dev.irc.py.semantics.VectorNorm}): the magnitudes and their maximum (which
   * starts at 0.0 and takes each greater magnitude, so a NaN never is one), the scale, one
   * addition to the sum per coordinate, and the finish, which decides infinities and NaNs.
   */
  private Value vectorNorm(List<PyType> t, List<Value> v) {
    var magnitudes = new ArrayList<Value>();
    Value max = e.f64(0.0);
    Value foundNan = e.bool(false);
    for (int i = 0; i < t.size(); i++) {
      Value magnitude = e.runtime("fabs", List.of(numeric.toFloat(v.get(i), t.get(i)))).getFirst();
      magnitudes.add(magnitude);
      foundNan = e.or(foundNan, e.cmpf(CmpFPredicate.UNO, magnitude, magnitude));
      max = e.select(e.cmpf(CmpFPredicate.OGT, magnitude, max), magnitude, max);
    }
    Value scale = e.runtime("irc_norm_scale", List.of(max)).getFirst();
    List<Value> sum = List.of(e.f64(1.0), e.f64(0.0), e.f64(0.0), e.f64(0.0));
    for (Value magnitude : magnitudes) {
      var arguments = new ArrayList<>(sum);
      arguments.addAll(List.of(magnitude, scale, max));
      sum = e.runtime("irc_norm_add", arguments);
    }
    var arguments = new ArrayList<>(sum);
    arguments.addAll(List.of(scale, max, foundNan, e.bool(false)));
    return e.runtime("irc_norm_finish", arguments).getFirst();
  }

  /** {@code function(x)} straight from libm, with CPython's {@code math_1} error checks in IR. */
  private Value checkedLibmCall(String function, Value x, boolean canOverflow) {
    Value r = e.runtime(function, List.of(x)).getFirst();
    Value xNan = e.cmpf(CmpFPredicate.UNO, x, x);
    Value rNan = e.cmpf(CmpFPredicate.UNO, r, r);
    e.raiseIf(e.and(rNan, e.not(xNan)), "ValueError", "math domain error");
    Value rInf = e.or(e.cmpf(CmpFPredicate.OEQ, r, e.f64(Double.POSITIVE_INFINITY)),
        e.cmpf(CmpFPredicate.OEQ, r, e.f64(Double.NEGATIVE_INFINITY)));
    Value xInf = e.or(e.cmpf(CmpFPredicate.OEQ, x, e.f64(Double.POSITIVE_INFINITY)),
        e.cmpf(CmpFPredicate.OEQ, x, e.f64(Double.NEGATIVE_INFINITY)));
    Value xFinite = e.not(e.or(xNan, xInf));
    if (canOverflow) {
      e.raiseIf(e.and(rInf, xFinite), "OverflowError", "math range error");
    } else {
      e.raiseIf(e.and(rInf, xFinite), "ValueError", "math domain error");
    }
    return r;
  }
}
