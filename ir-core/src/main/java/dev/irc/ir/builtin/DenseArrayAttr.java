package dev.irc.ir.builtin;

import dev.irc.ir.Attribute;
import java.math.BigInteger;
import java.util.List;
import java.util.StringJoiner;

/**
 * A packed array of integers of one type: {@code array<i32: 1, 0, 2>} ({@code array<i32>} when
 * empty), MLIR's {@code DenseArrayAttr}. It exists because MLIR stores list-valued inherent
 * attributes such as {@code operandSegmentSizes} this way, so our generic form of the ops we share
 * with MLIR must spell them the same.
 *
 * <p>Each value may be written signed or unsigned within the element width and is kept
 * sign-extended ({@code array<i8: 255>} is {@code array<i8: -1>}); {@code i1} elements print as
 * {@code true} / {@code false}, as in MLIR.
 */
public record DenseArrayAttr(IntegerType elementType, List<Long> values) implements Attribute {
  public DenseArrayAttr {
    int width = elementType.width();
    if (width > 64) {
      throw new IllegalArgumentException("dense array elements are at most 64 bits wide, got " + elementType);
    }
    var normalized = new java.util.ArrayList<Long>(values.size());
    for (long value : values) {
      if (!elementType.fits(BigInteger.valueOf(value))) {
        throw new IllegalArgumentException("dense array element " + value + " does not fit " + elementType);
      }
      normalized.add(value << (64 - width) >> (64 - width));
    }
    values = List.copyOf(normalized);
  }

  /** A dense array of {@code i32}s. */
  public static DenseArrayAttr i32(long... values) {
    return new DenseArrayAttr(IntegerType.I32, java.util.Arrays.stream(values).boxed().toList());
  }

  public int size() {
    return values.size();
  }

  public long get(int index) {
    return values.get(index);
  }

  @Override
  public String toString() {
    if (values.isEmpty()) {
      return "array<" + elementType + ">";
    }
    var joined = new StringJoiner(", ", "array<" + elementType + ": ", ">");
    boolean bool = elementType.equals(IntegerType.I1);
    for (long value : values) {
      joined.add(bool ? (value != 0 ? "true" : "false") : Long.toString(value));
    }
    return joined.toString();
  }
}
