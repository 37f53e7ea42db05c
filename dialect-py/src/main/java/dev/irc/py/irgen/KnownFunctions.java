package dev.irc.py.irgen;

import dev.irc.ir.Attribute;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.FloatType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The builtins and {@code math} names a program may use, as {@code py.builtin} names
 * ({@code "print"}, {@code "math.sqrt"}) and folded constants ({@code math.pi}). The reference
 * evaluator implements exactly these.
 */
public final class KnownFunctions {
  /** Builtin functions, and the keyword arguments each accepts. */
  public static final Map<String, Set<String>> BUILTINS = Map.ofEntries(
      Map.entry("print", Set.of("sep", "end")),
      Map.entry("abs", Set.of()),
      Map.entry("min", Set.of()),
      Map.entry("max", Set.of()),
      Map.entry("int", Set.of()),
      Map.entry("float", Set.of()),
      Map.entry("bool", Set.of()),
      Map.entry("round", Set.of("ndigits")),
      Map.entry("divmod", Set.of()),
      Map.entry("pow", Set.of()),
      Map.entry("range", Set.of()));

  /** The functions of the {@code math} module irc implements. */
  public static final Set<String> MATH_FUNCTIONS = Set.of(
      "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh",
      "exp", "expm1", "log", "log2", "log10", "log1p", "pow", "floor", "ceil", "trunc", "fabs",
      "isnan", "isinf", "isfinite", "hypot", "copysign", "fmod", "degrees", "radians",
      "factorial", "gcd", "isqrt", "comb", "perm", "isclose", "asinh", "acosh", "atanh", "cbrt", "exp2",
      "erf", "erfc", "gamma", "lgamma", "ldexp", "nextafter", "ulp", "remainder", "lcm", "fsum", "prod");

  /** The keyword arguments a math function accepts (none for the others). */
  public static final Map<String, Set<String>> MATH_KEYWORDS = Map.of(
      "isclose", Set.of("rel_tol", "abs_tol"), "prod", Set.of("start"));

  private static final Map<String, Double> MATH_CONSTANTS = Map.of(
      "pi", Math.PI, "e", Math.E, "tau", 2 * Math.PI,
      "inf", Double.POSITIVE_INFINITY, "nan", Double.NaN);

  /** The names of CPython 3.11's builtins module (recorded by {@code dialect-py/record-cpython-names.sh}). */
  public static final Set<String> CPYTHON_BUILTINS = readNames("cpython-builtins.txt");

  private KnownFunctions() {}

  private static Set<String> readNames(String resource) {
    try (InputStream in = KnownFunctions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value of the math constant {@code name} as a py.constant attribute, if it is one. */
  public static Optional<Attribute> mathConstant(String name) {
    Double value = MATH_CONSTANTS.get(name);
    return value == null ? Optional.empty() : Optional.of(new FloatAttr(value, FloatType.F64));
  }

  /** Whether {@code name} is a math function or constant. */
  public static boolean isMathName(String name) {
    return MATH_FUNCTIONS.contains(name) || MATH_CONSTANTS.containsKey(name);
  }
}
