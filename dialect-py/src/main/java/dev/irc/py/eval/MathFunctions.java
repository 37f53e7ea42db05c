package dev.irc.py.eval;

import dev.irc.py.semantics.PyException;
import dev.irc.py.semantics.PyMath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Binds the {@code math} functions of {@link PyMath} to their {@code py.builtin} names
 * ({@code "math.sqrt"}), adding the argument-count checks of CPython's calling convention.
 */
final class MathFunctions {
  private MathFunctions() {}

  static void register(Map<String, BuiltinFunction> table) {
    unary(table, "sqrt", PyMath::sqrt);
    unary(table, "sin", PyMath::sin);
    unary(table, "cos", PyMath::cos);
    unary(table, "tan", PyMath::tan);
    unary(table, "asin", PyMath::asin);
    unary(table, "acos", PyMath::acos);
    unary(table, "atan", PyMath::atan);
    unary(table, "sinh", PyMath::sinh);
    unary(table, "cosh", PyMath::cosh);
    unary(table, "tanh", PyMath::tanh);
    unary(table, "exp", PyMath::exp);
    unary(table, "expm1", PyMath::expm1);
    unary(table, "log1p", PyMath::log1p);
    unary(table, "log2", PyMath::log2);
    unary(table, "log10", PyMath::log10);
    unary(table, "fabs", PyMath::fabs);
    unary(table, "degrees", PyMath::degrees);
    unary(table, "radians", PyMath::radians);
    unary(table, "isnan", PyMath::isnan);
    unary(table, "isinf", PyMath::isinf);
    unary(table, "isfinite", PyMath::isfinite);
    unary(table, "floor", PyMath::floor);
    unary(table, "ceil", PyMath::ceil);
    unary(table, "trunc", PyMath::trunc);
    unary(table, "asinh", PyMath::asinh);
    unary(table, "acosh", PyMath::acosh);
    unary(table, "atanh", PyMath::atanh);
    unary(table, "cbrt", PyMath::cbrt);
    unary(table, "exp2", PyMath::exp2);
    unary(table, "erf", PyMath::erf);
    unary(table, "erfc", PyMath::erfc);
    unary(table, "gamma", PyMath::gamma);
    unary(table, "lgamma", PyMath::lgamma);
    unary(table, "ulp", PyMath::ulp);
    unary(table, "factorial", PyMath::factorial);
    unary(table, "isqrt", PyMath::isqrt);
    binary(table, "atan2", PyMath::atan2);
    binary(table, "copysign", PyMath::copysign);
    binary(table, "fmod", PyMath::fmod);
    binary(table, "pow", PyMath::pow);
    binary(table, "comb", PyMath::comb);
    binary(table, "ldexp", PyMath::ldexp);
    binary(table, "nextafter", PyMath::nextafter);
    binary(table, "remainder", PyMath::remainder);
    table.put("math.isclose", (args, names, values) -> {
      if (args.size() < 2) {
        throw PyException.type("isclose() missing required argument '" + (args.isEmpty() ? "a' (pos 1)" : "b' (pos 2)"));
      }
      if (args.size() > 2) {
        throw PyException.type("isclose() takes exactly 2 positional arguments (" + args.size() + " given)");
      }
      double relTol = 1e-9;
      double absTol = 0.0;
      for (int i = 0; i < names.size(); i++) {
        double tolerance = dev.irc.py.semantics.Builtins.floatOf(realTolerance(values.get(i)));
        if (names.get(i).equals("rel_tol")) {
          relTol = tolerance;
        } else {
          absTol = tolerance;
        }
      }
      return PyMath.isclose(args.get(0), args.get(1), relTol, absTol);
    });
    table.put("math.log", (args, names, values) -> switch (args.size()) {
      case 1 -> PyMath.log(args.get(0));
      case 2 -> PyMath.log(args.get(0), args.get(1));
      default -> throw PyException.type("log expected 1 or 2 arguments, got " + args.size());
    });
    table.put("math.perm", (args, names, values) -> switch (args.size()) {
      case 1 -> PyMath.perm(args.get(0));
      case 2 -> PyMath.perm(args.get(0), args.get(1));
      default -> throw PyException.type("perm expected at most 2 arguments, got " + args.size());
    });
    table.put("math.hypot", (args, names, values) -> PyMath.hypot(args));
    table.put("math.gcd", (args, names, values) -> PyMath.gcd(args));
    table.put("math.lcm", (args, names, values) -> PyMath.lcm(args));
    table.put("math.fsum", (args, names, values) -> {
      if (args.size() != 1) {
        throw PyException.type("math.fsum() takes exactly one argument (" + args.size() + " given)");
      }
      return PyMath.fsum(items(args.get(0)));
    });
    table.put("math.prod", (args, names, values) -> {
      if (args.size() != 1) {
        throw PyException.type("prod() takes exactly 1 positional argument (" + args.size() + " given)");
      }
      return PyMath.prod(items(args.get(0)), names.isEmpty() ? (Object) 1L : values.get(0));
    });
  }

  /** The values of an iterable argument (a range, in this subset). */
  private static List<Object> items(Object iterable) {
    PyIterator iterator = PyIterator.of(iterable);
    var items = new ArrayList<Object>();
    for (Object item = iterator.next(); item != null; item = iterator.next()) {
      items.add(item);
    }
    return items;
  }

  /** A tolerance keyword of isclose: a float, or an int or bool converted to one. */
  private static Object realTolerance(Object value) {
    if (!(value instanceof Double) && !dev.irc.py.semantics.PyType.isInt(value)) {
      throw PyException.type("must be real number, not " + dev.irc.py.semantics.PyType.nameOf(value));
    }
    return value;
  }

  private static void unary(Map<String, BuiltinFunction> table, String name, UnaryOperator<Object> function) {
    table.put("math." + name, (args, names, values) -> {
      if (args.size() != 1) {
        throw PyException.type("math." + name + "() takes exactly one argument (" + args.size() + " given)");
      }
      return function.apply(args.get(0));
    });
  }

  private static void binary(Map<String, BuiltinFunction> table, String name, BinaryOperator<Object> function) {
    table.put("math." + name, (args, names, values) -> {
      if (args.size() != 2) {
        throw PyException.type(name + " expected 2 arguments, got " + args.size());
      }
      return function.apply(args.get(0), args.get(1));
    });
  }

}
