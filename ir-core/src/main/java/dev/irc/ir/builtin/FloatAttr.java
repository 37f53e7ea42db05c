package dev.irc.ir.builtin;

import dev.irc.ir.Attribute;
import dev.irc.ir.Type;

/**
 * A floating-point constant: {@code 2.5 : f64}. Finite values print as the shortest decimal that
 * reads back to the same double; NaN and infinities print as the bit pattern in hex, as MLIR does.
 */
public record FloatAttr(double value, Type type) implements Attribute {
  @Override
  public boolean equals(Object other) {
    return other instanceof FloatAttr(double v, Type t)
        && Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(value)
        && t.equals(type);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(Double.doubleToRawLongBits(value)) * 31 + type.hashCode();
  }

  @Override
  public String toString() {
    return literal(value, type) + " : " + type;
  }

  /** The literal form of {@code value} as it appears before {@code : type}. */
  public static String literal(double value, Type type) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      if (type instanceof FloatType(int width) && width == 32) {
        return String.format("0x%08X", Float.floatToRawIntBits((float) value));
      }
      if (type instanceof FloatType(int width) && width == 16) {
        return String.format("0x%04X", Float.floatToFloat16((float) value) & 0xffff);
      }
      return String.format("0x%016X", Double.doubleToRawLongBits(value));
    }
    if (type instanceof FloatType(int width) && width <= 32) {
      return Float.toString((float) value).replace("E", "e");
    }
    return Double.toString(value).replace("E", "e");
  }
}
