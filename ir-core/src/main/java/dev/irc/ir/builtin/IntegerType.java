package dev.irc.ir.builtin;

import dev.irc.ir.Type;
import java.math.BigInteger;

/** A signless integer of {@code width} bits ({@code i1}, {@code i64}): arithmetic ops say how the bits are read. */
public record IntegerType(int width) implements Type {
  public static final IntegerType I1 = new IntegerType(1);
  public static final IntegerType I8 = new IntegerType(8);
  public static final IntegerType I16 = new IntegerType(16);
  public static final IntegerType I32 = new IntegerType(32);
  public static final IntegerType I64 = new IntegerType(64);

  public IntegerType {
    if (width < 1 || width > 1 << 16) {
      throw new IllegalArgumentException("integer width out of range: " + width);
    }
  }

  /** Whether {@code value} is representable in this width as a signed or an unsigned number. */
  public boolean fits(BigInteger value) {
    return value.signum() >= 0 ? value.bitLength() <= width : value.bitLength() <= width - 1;
  }

  @Override
  public String toString() {
    return "i" + width;
  }
}
