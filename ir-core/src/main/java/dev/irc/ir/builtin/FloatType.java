package dev.irc.ir.builtin;

import dev.irc.ir.Type;

/** An IEEE-754 binary floating-point type: {@code f16}, {@code f32} or {@code f64}. */
public record FloatType(int width) implements Type {
  public static final FloatType F16 = new FloatType(16);
  public static final FloatType F32 = new FloatType(32);
  public static final FloatType F64 = new FloatType(64);

  public FloatType {
    if (width != 16 && width != 32 && width != 64) {
      throw new IllegalArgumentException("unsupported float width: " + width);
    }
  }

  @Override
  public String toString() {
    return "f" + width;
  }
}
