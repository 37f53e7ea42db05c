package dev.irc.targets.embed;

import dev.irc.py.conversion.toarith.PyType;
import dev.irc.py.semantics.PyNone;
import java.math.BigInteger;

/**
 * The kinds of Python values a specialization can take as arguments: {@code int} within 64 bits,
 * {@code float}, {@code bool} and {@code None}. A list of them is the key of a function's
 * specialization cache; an int beyond 64 bits has no kind, so a call with one runs on the
 * evaluator.
 */
enum ScalarKind {
  INT(PyType.INT, long.class, "int"),
  FLOAT(PyType.FLOAT, double.class, "float"),
  BOOL(PyType.BOOL, boolean.class, "bool"),
  NONE(PyType.NONE, Void.class, "None");

  final PyType type;
  final Class<?> javaType;
  final String pythonName;

  ScalarKind(PyType type, Class<?> javaType, String pythonName) {
    this.type = type;
    this.javaType = javaType;
    this.pythonName = pythonName;
  }

  /** The kind of a Python value (as the evaluator represents it), or null for an int beyond 64 bits (and anything else). */
  static ScalarKind of(Object pythonValue) {
    return switch (pythonValue) {
      case Long l -> INT;
      case Double d -> FLOAT;
      case Boolean b -> BOOL;
      case PyNone n -> NONE;
      case null, default -> null;
    };
  }

  /** The kind a Java argument type stands for: {@code long.class} (or another integral type, BigInteger) is int, and so on. */
  static ScalarKind ofClass(Class<?> javaType) {
    if (javaType == long.class || javaType == Long.class || javaType == int.class || javaType == Integer.class
        || javaType == short.class || javaType == Short.class || javaType == byte.class || javaType == Byte.class
        || javaType == BigInteger.class) {
      return INT;
    } else if (javaType == double.class || javaType == Double.class || javaType == float.class || javaType == Float.class) {
      return FLOAT;
    } else if (javaType == boolean.class || javaType == Boolean.class) {
      return BOOL;
    } else if (javaType == void.class || javaType == Void.class) {
      return NONE;
    }
    throw new IllegalArgumentException("no Python argument type corresponds to " + javaType.getName()
        + "; use long.class (int), double.class (float), boolean.class (bool) or Void.class (None)");
  }
}
