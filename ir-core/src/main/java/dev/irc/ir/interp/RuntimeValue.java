package dev.irc.ir.interp;

import dev.irc.ir.Attribute;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IndexType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;

/**
 * How the {@link Interpreter} represents values of builtin types, and conversions to and from
 * attributes. One fixed representation keeps op semantics, folders and tests in agreement:
 *
 * <ul>
 *   <li>{@code i1}: {@link Boolean}. Its bit pattern, read as a signed 1-bit number, is
 *       {@code -1} for true ({@link #bits}).
 *   <li>{@code iN} for {@code 2 <= N <= 64}: {@link Long} holding the N-bit two's complement
 *       pattern sign-extended to 64 bits (so {@code i8 255} is {@code -1L}). Signless: ops
 *       that read the bits as unsigned use {@link #zeroExtend}. Wider integers are not
 *       supported (an {@link InterpreterException} of kind {@code UNSUPPORTED}).
 *   <li>{@code index}: {@link Long}, 64 bits.
 *   <li>{@code f64}: {@link Double}; {@code f32}: {@link Double} holding a value exactly
 *       representable as a {@code float} (every result is rounded through {@code float}).
 *       {@code f16} is not supported.
 *   <li>Types of other dialects: whatever object their ops' semantics agree on.
 * </ul>
 */
public final class RuntimeValue {
  private RuntimeValue() {}

  /** The bit width the interpreter computes {@code type} in: N for {@code iN} (N <= 64), 64 for {@code index}, else -1. */
  public static int integerWidth(Type type) {
    return switch (type) {
      case IntegerType(int width) when width <= 64 -> width;
      case IndexType index -> 64;
      default -> -1;
    };
  }

  /** The low {@code width} bits of {@code bits}, sign-extended. */
  public static long signExtend(long bits, int width) {
    return width >= 64 ? bits : (bits << (64 - width)) >> (64 - width);
  }

  /** The low {@code width} bits of {@code bits}, zero-extended (for 64, the bits themselves, to be read unsigned). */
  public static long zeroExtend(long bits, int width) {
    return width >= 64 ? bits : bits & ((1L << width) - 1);
  }

  /** The runtime value of an integer or index {@code type} with the given bits (only the low width bits count). */
  public static Object ofBits(long bits, Type type) {
    int width = integerWidth(type);
    if (width < 0) {
      throw new IllegalArgumentException("not an integer type supported by the interpreter: " + type);
    }
    return width == 1 ? (Object) ((bits & 1) != 0) : (Object) signExtend(bits, width);
  }

  /** The sign-extended bits of an integer runtime value ({@code true} is {@code -1}). */
  public static long bits(Object value) {
    return switch (value) {
      case Long l -> l;
      case Boolean b -> b ? -1L : 0L;
      default -> throw new IllegalArgumentException("not an integer runtime value: " + value);
    };
  }

  /** The runtime value of a float {@code type} nearest to {@code value} (rounded through float for f32). */
  public static Object ofDouble(double value, Type type) {
    if (!(type instanceof FloatType(int width)) || width == 16) {
      throw new IllegalArgumentException("not a float type supported by the interpreter: " + type);
    }
    return width == 32 ? (double) (float) value : value;
  }

  public static double doubleValue(Object value) {
    if (value instanceof Double d) {
      return d;
    }
    throw new IllegalArgumentException("not a float runtime value: " + value);
  }

  /** Whether {@code value} is a well-formed runtime value of {@code type} (always true for non-builtin types). */
  public static boolean conforms(Object value, Type type) {
    int width = integerWidth(type);
    if (width == 1) {
      return value instanceof Boolean;
    }
    if (width > 1) {
      return value instanceof Long l && signExtend(l, width) == l;
    }
    if (type instanceof IntegerType) {
      return false;
    }
    if (type instanceof FloatType(int fw)) {
      return fw != 16 && value instanceof Double d
          && (fw == 64 || Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits((float) (double) d) || Double.isNaN(d));
    }
    return true;
  }

  /** The runtime value of an integer or float constant attribute. */
  public static Object ofAttribute(Attribute attribute) {
    return switch (attribute) {
      case IntegerAttr(var value, Type type) when integerWidth(type) > 0 -> ofBits(value.longValue(), type);
      case FloatAttr(double value, Type type) -> ofDouble(value, type);
      default -> throw new IllegalArgumentException("no runtime value for attribute " + attribute);
    };
  }

  /** The constant attribute of {@code type} holding {@code value} (signed, as MLIR prints integers). */
  public static Attribute toAttribute(Object value, Type type) {
    if (integerWidth(type) == 1) {
      return IntegerAttr.bool((Boolean) value);
    }
    if (integerWidth(type) > 0) {
      return IntegerAttr.of(bits(value), type);
    }
    if (type instanceof FloatType) {
      return new FloatAttr(doubleValue(value), type);
    }
    throw new IllegalArgumentException("no attribute for values of type " + type);
  }
}
