package dev.irc.py.conversion.toarith;

import java.util.List;
import java.util.Set;

/**
 * The result types of the builtins and {@code math} functions {@code py-to-arith} compiles, as a
 * function of their argument types; {@link PyType#DYNAMIC} for everything else (those calls stay
 * on the reference evaluator).
 */
final class BuiltinSignatures {
  /** math functions from float to float (int arguments are converted as Python does). */
  static final Set<String> FLOAT_UNARY = Set.of("sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
      "cosh", "tanh", "exp", "expm1", "log1p", "log2", "log10", "fabs", "degrees", "radians", "log", "asinh", "acosh",
      "atanh", "cbrt", "exp2", "erf", "erfc", "gamma", "lgamma", "ulp");
  /** math functions from two floats to a float. */
  static final Set<String> FLOAT_BINARY = Set.of("atan2", "copysign", "fmod", "pow", "hypot", "log", "remainder",
      "nextafter");
  /**
   * math functions that CPython computes as plain libm calls checked by {@code math_1}: a NaN
   * result from a non-NaN argument is a domain error, an infinite result from a finite argument
   * is a range error (OverflowError) where the value is {@code true}, else a domain error.
   * {@code py-to-arith} calls libm directly for these and makes the same checks in IR.
   */
  static final java.util.Map<String, Boolean> LIBM_CAN_OVERFLOW = java.util.Map.ofEntries(
      java.util.Map.entry("sqrt", false), java.util.Map.entry("sin", false), java.util.Map.entry("cos", false),
      java.util.Map.entry("tan", false), java.util.Map.entry("asin", false), java.util.Map.entry("acos", false),
      java.util.Map.entry("atan", false), java.util.Map.entry("tanh", false), java.util.Map.entry("sinh", true),
      java.util.Map.entry("cosh", true), java.util.Map.entry("exp", true), java.util.Map.entry("expm1", true),
      java.util.Map.entry("asinh", false), java.util.Map.entry("acosh", false), java.util.Map.entry("atanh", false),
      java.util.Map.entry("cbrt", false), java.util.Map.entry("exp2", true));
  /**
   * math functions that are plain libm calls CPython never reports an error for: erf and erfc
   * (math_1a; glibc's errno on underflow is ignored) and nextafter.
   */
  static final Set<String> LIBM_UNCHECKED = Set.of("erf", "erfc", "nextafter");
  /** math functions of ints to an int, as {@code irc_math_<f>} runtime helpers that deoptimize beyond i64. */
  static final Set<String> INT_UNARY = Set.of("factorial", "isqrt");
  /** math functions of two ints to an int. */
  static final Set<String> INT_BINARY = Set.of("comb", "perm", "lcm", "gcd");
  /** math functions from a float to an int (identity on ints). */
  static final Set<String> TO_INT = Set.of("floor", "ceil", "trunc");
  /** math predicates on floats. */
  static final Set<String> PREDICATES = Set.of("isnan", "isinf", "isfinite");

  private BuiltinSignatures() {}

  /** The result type of {@code name(positional..., keyword=...)}, or DYNAMIC with {@code why} filled in. */
  static PyType resultType(String name, List<PyType> positional, List<String> keywordNames, List<PyType> keywords,
      StringBuilder why) {
    if (!name.equals("print") && !name.equals("round") && !keywordNames.isEmpty()) {
      why.append("keyword arguments to ").append(name).append("() are not compiled");
      return PyType.DYNAMIC;
    }
    int n = positional.size();
    PyType a = n > 0 ? positional.get(0) : null;
    PyType b = n > 1 ? positional.get(1) : null;
    PyType result = switch (name) {
      case "print" -> printable(positional) && keywords.stream().allMatch(k -> k instanceof PyType.Str || k instanceof PyType.None)
          ? PyType.NONE : PyType.DYNAMIC;
      case "abs" -> n == 1 && a.isNumber() ? (a instanceof PyType.Float ? PyType.FLOAT : PyType.INT) : PyType.DYNAMIC;
      case "min", "max" -> n >= 2 && a.isNumber() && positional.stream().allMatch(a::equals) ? a : PyType.DYNAMIC;
      case "int" -> n == 1 && (a.isNumber() || a instanceof PyType.Str) ? PyType.INT : PyType.DYNAMIC;
      case "float" -> n == 1 && (a.isNumber() || a instanceof PyType.Str) ? PyType.FLOAT : PyType.DYNAMIC;
      case "pow" -> n == 3 && positional.stream().allMatch(PyType::isIntLike) ? PyType.INT : PyType.DYNAMIC;
      case "bool" -> n == 0 || (n == 1 && isScalar(a)) ? PyType.BOOL : PyType.DYNAMIC;
      case "round" -> round(positional, keywordNames, keywords);
      case "divmod" -> n == 2 && a.isNumber() && b.isNumber()
          ? (a.isIntLike() && b.isIntLike() ? new PyType.Tuple(List.of(PyType.INT, PyType.INT))
              : new PyType.Tuple(List.of(PyType.FLOAT, PyType.FLOAT)))
          : PyType.DYNAMIC;
      case "range" -> n >= 1 && n <= 3 && positional.stream().allMatch(PyType::isIntLike) ? PyType.RANGE : PyType.DYNAMIC;
      default -> name.startsWith("math.") ? math(name.substring(5), positional) : PyType.DYNAMIC;
    };
    if (result instanceof PyType.Dynamic && why.isEmpty()) {
      why.append(describeCall(name, positional)).append(" is not compiled");
    }
    return result;
  }

  /**
   * The result type of {@code pow(a, b)}, as for {@code a ** b}: float if either is a float; for
   * ints, an int when the exponent is a constant {@code >= 0}, a float when it is a negative
   * constant, else unknown at compile time.
   */
  static PyType pow(PyType a, PyType b, java.util.Optional<Long> constantExponent) {
    if (!a.isNumber() || !b.isNumber()) {
      return PyType.DYNAMIC;
    }
    if (!(a.isIntLike() && b.isIntLike())) {
      return PyType.FLOAT;
    }
    return constantExponent.isEmpty() ? PyType.DYNAMIC : constantExponent.get() >= 0 ? PyType.INT : PyType.FLOAT;
  }

  static String describeCall(String name, List<PyType> arguments) {
    return name + "(" + String.join(", ", arguments.stream().map(PyType::mnemonic).toList()) + ")";
  }

  private static PyType round(List<PyType> positional, List<String> keywordNames, List<PyType> keywords) {
    var arguments = new java.util.ArrayList<>(positional);
    arguments.addAll(keywords);
    if (arguments.size() == 2 && arguments.get(1) instanceof PyType.None) {
      arguments.remove(1);
    }
    if (arguments.size() == 1 && arguments.get(0).isNumber()) {
      return PyType.INT;
    }
    if (arguments.size() == 2 && arguments.get(0) instanceof PyType.Float && arguments.get(1).isIntLike()) {
      return PyType.FLOAT;
    }
    return PyType.DYNAMIC;
  }

  private static PyType math(String function, List<PyType> arguments) {
    if (!arguments.stream().allMatch(PyType::isNumber)) {
      return PyType.DYNAMIC;
    }
    boolean ints = arguments.stream().allMatch(PyType::isIntLike);
    switch (function) {
      case "gcd", "lcm" -> {
        return ints ? PyType.INT : PyType.DYNAMIC;
      }
      case "hypot" -> {
        return PyType.FLOAT;
      }
      case "ldexp" -> {
        return arguments.size() == 2 && arguments.get(1).isIntLike() ? PyType.FLOAT : PyType.DYNAMIC;
      }
      case "perm" -> {
        return ints && (arguments.size() == 1 || arguments.size() == 2) ? PyType.INT : PyType.DYNAMIC;
      }
      default -> { }
    }
    return switch (arguments.size()) {
      case 1 -> FLOAT_UNARY.contains(function) ? PyType.FLOAT
          : TO_INT.contains(function) ? PyType.INT
          : PREDICATES.contains(function) ? PyType.BOOL
          : INT_UNARY.contains(function) && ints ? PyType.INT
          : PyType.DYNAMIC;
      case 2 -> FLOAT_BINARY.contains(function) ? PyType.FLOAT
          : INT_BINARY.contains(function) && ints ? PyType.INT
          : PyType.DYNAMIC;
      default -> PyType.DYNAMIC;
    };
  }

  /** Whether {@code type} is a bool, int, float, None or constant str. */
  static boolean isScalar(PyType type) {
    return type.isNumber() || type instanceof PyType.None || type instanceof PyType.Str;
  }

  private static boolean printable(List<PyType> arguments) {
    return arguments.stream().allMatch(BuiltinSignatures::isScalar);
  }
}
