package dev.irc.py.conversion.toarith.runtime;

import dev.irc.ir.interp.Interpreter;
import dev.irc.py.conversion.toarith.SiteTable;
import dev.irc.py.eval.PythonError;
import dev.irc.py.semantics.FloatRepr;
import dev.irc.py.semantics.PyException;
import dev.irc.py.semantics.PyFloat;
import dev.irc.py.semantics.PyInt;
import dev.irc.py.semantics.PyMath;
import dev.irc.py.semantics.Rounding;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The irc runtime ABI implemented in Java as {@link Interpreter} externals, so lowered programs
 * run end to end before the JIT exists. It owns the program's output buffer (committed to the
 * real stream only when it exceeds {@link #COMMIT_BYTES} or at the end), the globals, and the
 * pending exception or deoptimization with its traceback frames.
 */
public final class JavaRuntime {
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
  private final List<PythonError.Frame> frames = new ArrayList<>();

  public JavaRuntime(SiteTable sites, List<String> strings, PrintStream out) {
    this.sites = sites;
    this.strings = strings;
    this.out = out;
  }

  /** Registers every runtime function with {@code interpreter}. */
  public void install(Interpreter interpreter) {
    interpreter.defineExternal("irc_print_i64", a -> print(Long.toString((Long) a.get(0))));
    interpreter.defineExternal("irc_print_f64", a -> print(FloatRepr.repr((Double) a.get(0))));
    interpreter.defineExternal("irc_print_bool", a -> print((Boolean) a.get(0) ? "True" : "False"));
    interpreter.defineExternal("irc_print_none", a -> print("None"));
    interpreter.defineExternal("irc_print_str", a -> print(strings.get((int) (long) (Long) a.get(0))));
    interpreter.defineExternal("irc_raise", a -> {
      SiteTable.Site site = sites.get((Long) a.get(0));
      pending = new PyException(site.exceptionType(), site.message());
      frames.add(new PythonError.Frame(site.function(), site.location()));
      return List.of();
    });
    interpreter.defineExternal("irc_deopt", a -> {
      deoptSite = (Long) a.get(0);
      return List.of();
    });
    interpreter.defineExternal("irc_traceback", a -> {
      SiteTable.Site site = sites.get((Long) a.get(0));
      frames.add(new PythonError.Frame(site.function(), site.location()));
      return List.of();
    });
    interpreter.defineExternal("irc_global_bound", a -> List.of(globals.containsKey((Long) a.get(0))));
    for (String kind : List.of("i64", "f64", "bool")) {
      interpreter.defineExternal("irc_global_get_" + kind, a -> List.of(globals.get((Long) a.get(0))));
      interpreter.defineExternal("irc_global_set_" + kind, a -> {
        globals.put((Long) a.get(0), a.get(1));
        return List.of();
      });
    }
    interpreter.defineExternal("irc_global_set_none", a -> {
      globals.put((Long) a.get(0), Boolean.FALSE);
      return List.of();
    });
    interpreter.defineExternal("floor", a -> List.of(Math.floor((Double) a.get(0))));
    interpreter.defineExternal("fabs", a -> List.of(Math.abs((Double) a.get(0))));
    fallible(interpreter, "irc_int_truediv", a -> PyInt.trueDiv(a.get(0), a.get(1)));
    fallible(interpreter, "irc_float_pow", a -> PyFloat.pow((Double) a.get(0), (Double) a.get(1)));
    fallible(interpreter, "irc_round_f64", a -> Rounding.round(a.get(0)));
    fallible(interpreter, "irc_round_f64_digits", a -> Rounding.round(a.get(0), a.get(1)));
    fallible(interpreter, "irc_math_gcd", a -> PyMath.gcd(List.of(a.get(0), a.get(1))));
    fallible(interpreter, "irc_math_floor", a -> PyMath.floor(a.get(0)));
    fallible(interpreter, "irc_math_ceil", a -> PyMath.ceil(a.get(0)));
    fallible(interpreter, "irc_math_trunc", a -> PyMath.trunc(a.get(0)));
    unary(interpreter, "sqrt", PyMath::sqrt);
    unary(interpreter, "sin", PyMath::sin);
    unary(interpreter, "cos", PyMath::cos);
    unary(interpreter, "tan", PyMath::tan);
    unary(interpreter, "asin", PyMath::asin);
    unary(interpreter, "acos", PyMath::acos);
    unary(interpreter, "atan", PyMath::atan);
    unary(interpreter, "sinh", PyMath::sinh);
    unary(interpreter, "cosh", PyMath::cosh);
    unary(interpreter, "tanh", PyMath::tanh);
    unary(interpreter, "exp", PyMath::exp);
    unary(interpreter, "expm1", PyMath::expm1);
    unary(interpreter, "log1p", PyMath::log1p);
    unary(interpreter, "log2", PyMath::log2);
    unary(interpreter, "log10", PyMath::log10);
    unary(interpreter, "log", PyMath::log);
    unary(interpreter, "fabs", PyMath::fabs);
    unary(interpreter, "degrees", PyMath::degrees);
    unary(interpreter, "radians", PyMath::radians);
    fallible(interpreter, "irc_math2_atan2", a -> PyMath.atan2(a.get(0), a.get(1)));
    fallible(interpreter, "irc_math2_copysign", a -> PyMath.copysign(a.get(0), a.get(1)));
    fallible(interpreter, "irc_math2_fmod", a -> PyMath.fmod(a.get(0), a.get(1)));
    fallible(interpreter, "irc_math2_pow", a -> PyMath.pow(a.get(0), a.get(1)));
    fallible(interpreter, "irc_math2_hypot", a -> PyMath.hypot(a.get(0), a.get(1)));
    fallible(interpreter, "irc_math2_log", a -> PyMath.log(a.get(0), a.get(1)));
  }

  private void unary(Interpreter interpreter, String name, Function<Object, Object> function) {
    fallible(interpreter, "irc_math_" + name, a -> function.apply(a.get(0)));
  }

  /** A helper returning its result and the status flag; a PyException becomes the pending exception. */
  private void fallible(Interpreter interpreter, String name, Function<List<Object>, Object> function) {
    interpreter.defineExternal(name, a -> {
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

  private static Object zeroLike(String name) {
    return name.equals("irc_round_f64") || name.equals("irc_math_gcd") || name.equals("irc_math_floor")
        || name.equals("irc_math_ceil") || name.equals("irc_math_trunc") ? (Object) 0L : (Object) 0.0;
  }

  private List<Object> print(String text) {
    buffer.append(text);
    if (buffer.length() >= COMMIT_BYTES) {
      commit();
    }
    return List.of();
  }

  /** Writes the held-back output to the real stream; after this, a deoptimization can no longer restart. */
  public void commit() {
    out.print(buffer);
    out.flush();
    buffer.setLength(0);
    committed = true;
  }

  /** Whether any output has reached the real stream. */
  public boolean committed() {
    return committed;
  }

  /** The pending Python exception as the evaluator would report it, or null. */
  public PythonError pendingError() {
    return pending == null ? null : PythonError.of(pending, frames);
  }

  /** The site of the pending deoptimization, or null. */
  public Long deoptSite() {
    return deoptSite;
  }
}
