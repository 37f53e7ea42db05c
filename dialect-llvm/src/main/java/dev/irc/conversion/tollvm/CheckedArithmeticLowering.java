package dev.irc.conversion.tollvm;

import dev.irc.dialect.arith.CheckedOps;
import dev.irc.dialect.llvm.ExtractValueOp;
import dev.irc.dialect.llvm.OverflowIntrinsics;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.passes.rewrite.ConversionPattern;
import dev.irc.passes.rewrite.TypeConverter;
import java.util.List;
import java.util.Map;

/**
 * irc's checked arithmetic ({@code %r, %o = arith.checked_addi %a, %b : i64}) as LLVM's
 * overflow intrinsics: {@code llvm.intr.sadd.with.overflow} gives a {@code {result, overflow}}
 * struct, taken apart by two {@code llvm.extractvalue}s.
 */
final class CheckedArithmeticLowering {
  private CheckedArithmeticLowering() {}

  private static final Map<OpDefinition, OpDefinition> INTRINSICS = Map.of(
      CheckedOps.CHECKED_ADDI, OverflowIntrinsics.SADD,
      CheckedOps.CHECKED_SUBI, OverflowIntrinsics.SSUB,
      CheckedOps.CHECKED_MULI, OverflowIntrinsics.SMUL);

  static List<ConversionPattern> create(TypeConverter types) {
    return INTRINSICS.entrySet().stream().map(entry -> ConversionPattern.of(entry.getKey().name() + "Lowering",
        entry.getKey().name(), 1, types, (op, operands, rewriter) -> {
          Operation intrinsic = rewriter.create(entry.getValue().name(), op.location(), operands,
              List.of(OverflowIntrinsics.resultType(operands.get(0).type())));
          var builder = rewriter.toBuilder();
          Operation result = ExtractValueOp.create(builder, intrinsic.result(0), 0, op.location());
          Operation overflow = ExtractValueOp.create(builder, intrinsic.result(0), 1, op.location());
          rewriter.replaceOp(op, List.of(result.result(0), overflow.result(0)));
          return true;
        })).toList();
  }
}
