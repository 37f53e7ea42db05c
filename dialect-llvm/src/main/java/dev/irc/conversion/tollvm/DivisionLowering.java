package dev.irc.conversion.tollvm;

import dev.irc.dialect.arith.IntegerOps;
import dev.irc.dialect.llvm.ArithmeticOps;
import dev.irc.dialect.llvm.ICmpPredicate;
import dev.irc.ir.Value;
import dev.irc.passes.rewrite.ConversionPattern;
import dev.irc.passes.rewrite.TypeConverter;
import java.util.List;

/**
 * {@code arith.floordivsi} and {@code arith.ceildivsi}, which LLVM lacks, as a truncating
 * division corrected by one: with {@code q = a sdiv b} and {@code r = a srem b}, the floor is
 * {@code q - 1} when {@code r != 0} and {@code r} and {@code b} have different signs, and the
 * ceiling is {@code q + 1} when {@code r != 0} and they have the same sign. Division by zero and
 * {@code MIN / -1} stay undefined, as in arith.
 */
final class DivisionLowering {
  private DivisionLowering() {}

  static List<ConversionPattern> create(TypeConverter types) {
    return List.of(
        ConversionPattern.of("FloorDivSILowering", IntegerOps.FLOORDIVSI.name(), 1, types, (op, operands, rewriter) -> {
          rewriter.replaceOp(op, List.of(expand(new LlvmBuilder(rewriter, op.location()), operands.get(0), operands.get(1), true)));
          return true;
        }),
        ConversionPattern.of("CeilDivSILowering", IntegerOps.CEILDIVSI.name(), 1, types, (op, operands, rewriter) -> {
          rewriter.replaceOp(op, List.of(expand(new LlvmBuilder(rewriter, op.location()), operands.get(0), operands.get(1), false)));
          return true;
        }));
  }

  private static Value expand(LlvmBuilder b, Value lhs, Value rhs, boolean floor) {
    Value quotient = b.binary(ArithmeticOps.SDIV, lhs, rhs);
    Value remainder = b.binary(ArithmeticOps.SREM, lhs, rhs);
    Value zero = b.constant(0, lhs.type());
    Value one = b.constant(1, lhs.type());
    Value inexact = b.icmp(ICmpPredicate.NE, remainder, zero);
    Value remainderNegative = b.icmp(ICmpPredicate.SLT, remainder, zero);
    Value divisorNegative = b.icmp(ICmpPredicate.SLT, rhs, zero);
    Value signsDiffer = b.icmp(floor ? ICmpPredicate.NE : ICmpPredicate.EQ, remainderNegative, divisorNegative);
    Value adjust = b.binary(ArithmeticOps.AND, inexact, signsDiffer);
    Value adjusted = floor ? b.sub(quotient, one) : b.add(quotient, one);
    return b.select(adjust, adjusted, quotient);
  }
}
