package dev.irc.py.semantics;

import java.math.BigInteger;

/**
 * The Python type of a Java value under irc's value representation.
 *
 * <p>int is {@link Long} or (only when it does not fit) {@link BigInteger}; bool is {@link
 * Boolean}; float is {@link Double}; None is {@link PyNone#NONE}; str is {@link String}; tuple is
 * {@link PyTuple}. This class is the one place that knows that mapping, for type tests and for
 * the type names in error messages.
 */
public final class PyType {

  private PyType() {}

  /** The name {@code type(value).__name__} gives, e.g. {@code "NoneType"}. */
  public static String nameOf(Object value) {
    return switch (value) {
      case Boolean b -> "bool";
      case Long l -> "int";
      case BigInteger b -> "int";
      case Double d -> "float";
      case PyNone n -> "NoneType";
      case String s -> "str";
      case PyTuple t -> "tuple";
      case PyException e -> e.type();
      case null -> throw new NullPointerException("null is not a Python value");
      default -> value.getClass().getSimpleName();
    };
  }

  /** True for int and bool values (bool is a subclass of int). */
  public static boolean isInt(Object value) {
    return value instanceof Long || value instanceof BigInteger || value instanceof Boolean;
  }

  /** True for int, bool and float values. */
  public static boolean isNumber(Object value) {
    return isInt(value) || value instanceof Double;
  }
}
