package dev.irc.dialect.arith;

import dev.irc.ir.Attribute;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.interp.RuntimeValue;
import java.math.BigInteger;

/**
 * Reading and making integer constant attributes the way folders need them: as bit patterns
 * sign-extended to 64 bits at the op's width (the representation {@link IntegerFunction} and
 * the interpreter share).
 */
final class IntegerConstants {
  private IntegerConstants() {}

  /** Whether {@code attribute} is an integer constant of {@code type} that folders can compute with (width <= 64). */
  static boolean isFoldable(Attribute attribute, Type type) {
    return attribute instanceof IntegerAttr(var value, Type attrType) && attrType.equals(type)
        && RuntimeValue.integerWidth(type) > 0;
  }

  /** The sign-extended bits of a foldable integer constant. */
  static long bits(Attribute attribute) {
    IntegerAttr integer = (IntegerAttr) attribute;
    return RuntimeValue.signExtend(integer.value().longValue(), RuntimeValue.integerWidth(integer.type()));
  }

  /** Whether {@code attribute} is the constant {@code value} (read as signed) of {@code type}. */
  static boolean is(Attribute attribute, long value, Type type) {
    return isFoldable(attribute, type) && bits(attribute) == RuntimeValue.signExtend(value, RuntimeValue.integerWidth(type));
  }

  /** The constant of {@code type} with the given bits: {@code true}/{@code false} for i1, else the signed value. */
  static Attribute of(long bits, Type type) {
    int width = RuntimeValue.integerWidth(type);
    if (width < 0) {
      return new IntegerAttr(BigInteger.valueOf(bits), type);
    }
    return RuntimeValue.toAttribute(RuntimeValue.ofBits(bits, type), type);
  }
}
