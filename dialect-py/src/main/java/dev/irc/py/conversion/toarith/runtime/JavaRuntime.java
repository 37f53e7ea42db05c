package dev.irc.py.conversion.toarith.runtime;

import dev.irc.ir.interp.ExternalFunction;
import dev.irc.ir.interp.Interpreter;
import dev.irc.py.conversion.toarith.SiteTable;
import dev.irc.py.eval.PythonError;
import dev.irc.py.semantics.FloatRepr;
import dev.irc.py.semantics.PyException;
import dev.irc.py.semantics.PyFloat;
import dev.irc.py.semantics.PyInt;
import dev.irc.py.semantics.PyMath;
import dev.irc.py.semantics.Rounding;
import dev.irc.py.semantics.VectorNorm;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The irc runtime ABI implemented in Java as {@link Interpreter} externals, so lowered programs
 * run end to end before the JIT exists. It owns the program's output buffer (committed to the
 * real stream only when it exceeds {@link #COMMIT_BYTES} or at the end), the globals, and the
 * pending exception or deoptimization with its traceback frames.
 */
public final class JavaRuntime implements RunState {
  /** Output is held back until it reaches this size, so an early deoptimization can restart cleanly. */
  public static final int COMMIT_BYTES = 1 << 20;

  private final SiteTable sites;
  private final List<String> strings;
  private final PrintStream out;
  private final StringBuilder buffer = new StringBuilder();
  private boolean committed;
  private final Map<Long, Object> globals = new HashMap<>();
  private PyException pending;
  private Long deoptSite;
  private final List<PyException.Frame> frames = new ArrayList<>();
  private final Map<String, ExternalFunction> functions = new LinkedHashMap<>();

  public JavaRuntime(SiteTable sites, List<String> strings, PrintStream out) {
    this.sites = sites;
    this.strings = strings;
    this.out = out;
    defineFunctions();
  }

  private void define(String name, ExternalFunction function) {
    functions.put(name, function);
  }

  /** Registers every runtime function with {@code interpreter}. */
  public void install(Interpreter interpreter) {
    functions.forEach(interpreter::defineExternal);
  }

  /**
   * Every runtime function by symbol name, on the interpreter's boxed values ({@code Long},
   * {@code Double}, {@code Boolean}); the JIT binds the same functions through upcall stubs.
   */
  public Map<String, ExternalFunction> functions() {
    return Collections.unmodifiableMap(functions);
  }

  private void defineFunctions() {
    define("irc_print_i64", a -> print(Long.toString((Long) a.get(0))));
    define("irc_print_f64", a -> print(FloatRepr.repr((Double) a.get(0))));
    define("irc_print_bool", a -> print((Boolean) a.get(0) ? "True" : "False"));
    define("irc_print_none", a -> print("None"));
    define("irc_print_str", a -> print(strings.get((int) (long) (Long) a.get(0))));
    define("irc_raise", a -> {
      SiteTable.Site site = sites.get((Long) a.get(0));
      pending = new PyException(site.exceptionType(), site.message());
      frames.add(new PyException.Frame(site.function(), site.location()));
      return List.of();
    });
    define("irc_raise_in_caller", a -> {
      SiteTable.Site site = sites.get((Long) a.get(0));
      pending = new PyException(site.exceptionType(), site.message());
      return List.of();
    });
    define("irc_deopt", a -> {
      deoptSite = (Long) a.get(0);
      return List.of();
    });
    define("irc_traceback", a -> {
      SiteTable.Site site = sites.get((Long) a.get(0));
      frames.add(new PyException.Frame(site.function(), site.location()));
      return List.of();
    });
    define("irc_global_bound", a -> List.of(globals.containsKey((Long) a.get(0))));
    for (String kind : List.of("i64", "f64", "bool")) {
      define("irc_global_get_" + kind, a -> List.of(globals.get((Long) a.get(0))));
      define("irc_global_set_" + kind, a -> {
        globals.put((Long) a.get(0), a.get(1));
        return List.of();
      });
    }
    define("irc_global_set_none", a -> {
      globals.put((Long) a.get(0), Boolean.FALSE);
      return List.of();
    });
    define("floor", a -> List.of(Math.floor((Double) a.get(0))));
    define("fabs", a -> List.of(Math.abs((Double) a.get(0))));
    define("nextafter", a -> List.of(dev.irc.py.semantics.SystemLibm.nextafter((Double) a.get(0), (Double) a.get(1))));
    for (String name : dev.irc.py.semantics.SystemLibm.UNARY_FUNCTIONS) {
      java.util.function.DoubleUnaryOperator libm = dev.irc.py.semantics.SystemLibm.function(name);
      define(name, a -> List.of(libm.applyAsDouble((Double) a.get(0))));
    }
    define("irc_norm_scale", a -> List.of(VectorNorm.scale((Double) a.get(0))));
    define("irc_norm_add", a -> {
      var sum = VectorNorm.add(new VectorNorm.Sum((Double) a.get(0), (Double) a.get(1), (Double) a.get(2),
          (Double) a.get(3)), (Double) a.get(4), (Double) a.get(5), (Double) a.get(6));
      return List.of(sum.csum(), sum.frac1(), sum.frac2(), sum.frac3());
    });
    define("irc_norm_finish", a -> List.of(VectorNorm.finish(new VectorNorm.Sum((Double) a.get(0), (Double) a.get(1),
        (Double) a.get(2), (Double) a.get(3)), (Double) a.get(4), (Double) a.get(5), (Boolean) a.get(6), (Boolean) a.get(7))));
    fallible("irc_int_truediv", a -> PyInt.trueDiv(a.get(0), a.get(1)));
    fallible("irc_float_pow", a -> PyFloat.pow((Double) a.get(0), (Double) a.get(1)));
    fallible("irc_round_f64", a -> Rounding.round(a.get(0)));
    fallible("irc_round_f64_digits", a -> Rounding.round(a.get(0), a.get(1)));
    fallible("irc_math_gcd", a -> PyMath.gcd(List.of(a.get(0), a.get(1))));
    fallible("irc_math_floor", a -> PyMath.floor(a.get(0)));
    fallible("irc_math_ceil", a -> PyMath.ceil(a.get(0)));
    fallible("irc_math_trunc", a -> PyMath.trunc(a.get(0)));
    unary("sqrt", PyMath::sqrt);
    unary("sin", PyMath::sin);
    unary("cos", PyMath::cos);
    unary("tan", PyMath::tan);
    unary("asin", PyMath::asin);
    unary("acos", PyMath::acos);
    unary("atan", PyMath::atan);
    unary("sinh", PyMath::sinh);
    unary("cosh", PyMath::cosh);
    unary("tanh", PyMath::tanh);
    unary("exp", PyMath::exp);
    unary("expm1", PyMath::expm1);
    unary("log1p", PyMath::log1p);
    unary("log2", PyMath::log2);
    unary("log10", PyMath::log10);
    unary("log", PyMath::log);
    unary("fabs", PyMath::fabs);
    unary("degrees", PyMath::degrees);
    unary("radians", PyMath::radians);
    unary("asinh", PyMath::asinh);
    unary("acosh", PyMath::acosh);
    unary("atanh", PyMath::atanh);
    unary("cbrt", PyMath::cbrt);
    unary("exp2", PyMath::exp2);
    unary("erf", PyMath::erf);
    unary("erfc", PyMath::erfc);
    unary("gamma", PyMath::gamma);
    unary("lgamma", PyMath::lgamma);
    unary("ulp", PyMath::ulp);
    fallible("irc_math2_remainder", a -> PyMath.remainder(a.get(0), a.get(1)));
    fallible("irc_math2_nextafter", a -> PyMath.nextafter(a.get(0), a.get(1)));
    fallible("irc_math_ldexp", a -> PyMath.ldexp(a.get(0), a.get(1)));
    // factorial, comb and perm of huge i64s would take forever as big ints: a result known not to
    // fit in i64 deoptimizes without being computed (the IR runtime does the same).
    fallible("irc_math_factorial", a -> (Long) a.get(0) > 20 ? TOO_BIG : PyMath.factorial(a.get(0)));
    fallible("irc_math_isqrt", a -> PyMath.isqrt(a.get(0)));
    fallible("irc_math_comb", a -> combFits((Long) a.get(0), (Long) a.get(1)) ? PyMath.comb(a.get(0), a.get(1)) : TOO_BIG);
    fallible("irc_math_perm", a -> permFits((Long) a.get(0), (Long) a.get(1)) ? PyMath.perm(a.get(0), a.get(1)) : TOO_BIG);
    fallible("irc_math_lcm", a -> PyMath.lcm(List.of(a.get(0), a.get(1))));
    fallible("irc_int_pow_mod", a -> PyInt.powMod(a.get(0), a.get(1), a.get(2)));
    fallible("irc_math2_atan2", a -> PyMath.atan2(a.get(0), a.get(1)));
    fallible("irc_math2_copysign", a -> PyMath.copysign(a.get(0), a.get(1)));
    fallible("irc_math2_fmod", a -> PyMath.fmod(a.get(0), a.get(1)));
    fallible("irc_math2_pow", a -> PyMath.pow(a.get(0), a.get(1)));
    fallible("irc_math2_hypot", a -> PyMath.hypot(a.get(0), a.get(1)));
    fallible("irc_math2_log", a -> PyMath.log(a.get(0), a.get(1)));
  }

  private void unary(String name, Function<Object, Object> function) {
    fallible("irc_math_" + name, a -> function.apply(a.get(0)));
  }

  /** A helper returning its result and the status flag; a PyException becomes the pending exception. */
  private void fallible(String name, Function<List<Object>, Object> function) {
    define(name, a -> {
      try {
        Object result = function.apply(a);
        if (result instanceof java.math.BigInteger) {
          deoptSite = -1L;
          return List.of(0L, true);
        }
        return List.of(result, false);
      } catch (PyException e) {
        pending = e;
        return List.of(zeroLike(name), true);
      }
    });
  }

  /** A result beyond i64, which {@link #fallible} turns into a deoptimization. */
  private static final java.math.BigInteger TOO_BIG = java.math.BigInteger.ONE.shiftLeft(64);

  /**
   * Whether comb(n, k) fits in i64 (or raises, or is 0): C(n - j + i, i) for j = min(k, n - k)
   * grows with i, so the first step beyond i64 decides.
   */
  private static boolean combFits(long n, long k) {
    if (n < 0 || k < 0 || k > n) {
      return true;
    }
    long j = Math.min(k, n - k);
    java.math.BigInteger c = java.math.BigInteger.ONE;
    for (long i = 1; i <= j; i++) {
      c = c.multiply(java.math.BigInteger.valueOf(n - j + i)).divide(java.math.BigInteger.valueOf(i));
      if (c.bitLength() > 63) {
        return false;
      }
    }
    return true;
  }

  /** Whether perm(n, k) fits in i64 (or raises, or is 0): its partial products only grow. */
  private static boolean permFits(long n, long k) {
    if (n < 0 || k < 0 || k > n) {
      return true;
    }
    java.math.BigInteger p = java.math.BigInteger.ONE;
    for (long i = n - k + 1; i <= n && i > 0; i++) {
      p = p.multiply(java.math.BigInteger.valueOf(i));
      if (p.bitLength() > 63) {
        return false;
      }
    }
    return true;
  }

  /** The helpers whose result is an i64. */
  private static final java.util.Set<String> INT_RESULTS = java.util.Set.of("irc_round_f64", "irc_math_gcd",
      "irc_math_floor", "irc_math_ceil", "irc_math_trunc", "irc_math_factorial", "irc_math_isqrt", "irc_math_comb",
      "irc_math_perm", "irc_math_lcm", "irc_int_pow_mod");

  private static Object zeroLike(String name) {
    return INT_RESULTS.contains(name) ? (Object) 0L : (Object) 0.0;
  }

  private List<Object> print(String text) {
    buffer.append(text);
    if (buffer.length() >= COMMIT_BYTES) {
      commit();
    }
    return List.of();
  }

  /** Writes the held-back output to the real stream; after this, a deoptimization can no longer restart. */
  @Override
  public void commit() {
    out.print(buffer);
    out.flush();
    buffer.setLength(0);
    committed = true;
  }

  /** Whether any output has reached the real stream. */
  @Override
  public boolean committed() {
    return committed;
  }

  /** The pending Python exception as the evaluator would report it, or null. */
  @Override
  public PythonError pendingError() {
    return pending == null ? null : PythonError.of(pending, frames);
  }

  /** The site of the pending deoptimization, or null. */
  @Override
  public Long deoptSite() {
    return deoptSite;
  }
}
