package dev.irc.ir.builtin;

import dev.irc.ir.Attribute;
import dev.irc.ir.Type;
import java.math.BigInteger;

/**
 * An integer constant of an integer or index type: {@code 42 : i64}. As in MLIR, booleans are
 * the {@code i1} case and print as {@code true} / {@code false}.
 */
public record IntegerAttr(BigInteger value, Type type) implements Attribute {
  public static IntegerAttr of(long value, Type type) {
    return new IntegerAttr(BigInteger.valueOf(value), type);
  }

  public static final IntegerAttr TRUE = new IntegerAttr(BigInteger.ONE, IntegerType.I1);
  public static final IntegerAttr FALSE = new IntegerAttr(BigInteger.ZERO, IntegerType.I1);

  public static IntegerAttr bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  public static IntegerAttr i64(long value) {
    return of(value, IntegerType.I64);
  }

  /** The value as a Java long (wraps silently if it does not fit; check {@link #value()} first). */
  public long longValue() {
    return value.longValue();
  }

  @Override
  public String toString() {
    if (type.equals(IntegerType.I1)) {
      return value.signum() == 0 ? "false" : "true";
    }
    return value + " : " + type;
  }
}
