package dev.irc.conversion.tollvm;

import dev.irc.dialect.arith.CastOps;
import dev.irc.dialect.arith.CompareOps;
import dev.irc.dialect.arith.ConstantOp;
import dev.irc.dialect.arith.FloatOps;
import dev.irc.dialect.arith.IntegerOps;
import dev.irc.dialect.arith.SelectOp;
import dev.irc.dialect.llvm.ArithmeticOps;
import dev.irc.dialect.llvm.ICmpPredicate;
import dev.irc.ir.Attribute;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.passes.rewrite.ConversionPattern;
import dev.irc.passes.rewrite.TypeConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code arith} to {@code llvm}, op for op where LLVM has the op ({@code arith.addi} to
 * {@code llvm.add}, {@code arith.cmpi} to {@code llvm.icmp} with the same predicate number),
 * and as short sequences where it does not: integer min/max as compare and select; floor and
 * ceiling division in {@link DivisionLowering}; checked arithmetic in
 * {@link CheckedArithmeticLowering}. Float ops get no fast-math flags.
 */
final class ArithToLlvmPatterns {
  private ArithToLlvmPatterns() {}

  /** The ops that map to exactly one llvm op with the same operands. */
  private static final Map<OpDefinition, OpDefinition> ONE_TO_ONE = Map.ofEntries(
      Map.entry(IntegerOps.ADDI, ArithmeticOps.ADD),
      Map.entry(IntegerOps.SUBI, ArithmeticOps.SUB),
      Map.entry(IntegerOps.MULI, ArithmeticOps.MUL),
      Map.entry(IntegerOps.DIVSI, ArithmeticOps.SDIV),
      Map.entry(IntegerOps.DIVUI, ArithmeticOps.UDIV),
      Map.entry(IntegerOps.REMSI, ArithmeticOps.SREM),
      Map.entry(IntegerOps.REMUI, ArithmeticOps.UREM),
      Map.entry(IntegerOps.ANDI, ArithmeticOps.AND),
      Map.entry(IntegerOps.ORI, ArithmeticOps.OR),
      Map.entry(IntegerOps.XORI, ArithmeticOps.XOR),
      Map.entry(IntegerOps.SHLI, ArithmeticOps.SHL),
      Map.entry(IntegerOps.SHRSI, ArithmeticOps.ASHR),
      Map.entry(IntegerOps.SHRUI, ArithmeticOps.LSHR),
      Map.entry(FloatOps.ADDF, ArithmeticOps.FADD),
      Map.entry(FloatOps.SUBF, ArithmeticOps.FSUB),
      Map.entry(FloatOps.MULF, ArithmeticOps.FMUL),
      Map.entry(FloatOps.DIVF, ArithmeticOps.FDIV),
      Map.entry(FloatOps.REMF, ArithmeticOps.FREM),
      Map.entry(FloatOps.NEGF, ArithmeticOps.FNEG),
      Map.entry(FloatOps.MAXIMUMF, ArithmeticOps.MAXIMUM),
      Map.entry(FloatOps.MINIMUMF, ArithmeticOps.MINIMUM),
      Map.entry(CastOps.EXTSI, dev.irc.dialect.llvm.CastOps.SEXT),
      Map.entry(CastOps.EXTUI, dev.irc.dialect.llvm.CastOps.ZEXT),
      Map.entry(CastOps.TRUNCI, dev.irc.dialect.llvm.CastOps.TRUNC),
      Map.entry(CastOps.SITOFP, dev.irc.dialect.llvm.CastOps.SITOFP),
      Map.entry(CastOps.FPTOSI, dev.irc.dialect.llvm.CastOps.FPTOSI),
      Map.entry(SelectOp.DEFINITION, dev.irc.dialect.llvm.SelectOp.DEFINITION));

  /** Integer min/max: select the operand the predicate prefers. */
  private static final Map<OpDefinition, ICmpPredicate> MIN_MAX = Map.of(
      IntegerOps.MAXSI, ICmpPredicate.SGT,
      IntegerOps.MINSI, ICmpPredicate.SLT,
      IntegerOps.MAXUI, ICmpPredicate.UGT,
      IntegerOps.MINUI, ICmpPredicate.ULT);

  static List<ConversionPattern> create(TypeConverter types) {
    var patterns = new ArrayList<ConversionPattern>();
    ONE_TO_ONE.forEach((from, to) -> patterns.add(ConversionPattern.of(from.name() + "Lowering", from.name(), 1, types,
        (op, operands, rewriter) -> {
          rewriter.replaceOp(op, rewriter.create(to.name(), op.location(), operands, types.convertTypes(op.resultTypes())));
          return true;
        })));
    MIN_MAX.forEach((from, predicate) -> patterns.add(ConversionPattern.of(from.name() + "Lowering", from.name(), 1, types,
        (op, operands, rewriter) -> {
          LlvmBuilder b = new LlvmBuilder(rewriter, op.location());
          rewriter.replaceOp(op, List.of(b.select(b.icmp(predicate, operands.get(0), operands.get(1)),
              operands.get(0), operands.get(1))));
          return true;
        })));
    patterns.add(ConversionPattern.of("ConstantLowering", ConstantOp.NAME, 1, types, (op, operands, rewriter) -> {
      Attribute value = ConstantOp.value(op);
      Type type = types.convertType(op.result(0).type());
      if (value instanceof IntegerAttr integer && !integer.type().equals(type)) {
        value = new IntegerAttr(integer.value(), type);
      }
      rewriter.replaceOp(op, dev.irc.dialect.llvm.ConstantOp.create(rewriter.toBuilder(), value, op.location()));
      return true;
    }));
    patterns.add(ConversionPattern.of("CmpILowering", CompareOps.CMPI.name(), 1, types, (op, operands, rewriter) -> {
      rewriter.replaceOp(op, compare(rewriter, op, dev.irc.dialect.llvm.CompareOps.ICMP, operands));
      return true;
    }));
    patterns.add(ConversionPattern.of("CmpFLowering", CompareOps.CMPF.name(), 1, types, (op, operands, rewriter) -> {
      rewriter.replaceOp(op, compare(rewriter, op, dev.irc.dialect.llvm.CompareOps.FCMP, operands));
      return true;
    }));
    patterns.addAll(DivisionLowering.create(types));
    patterns.addAll(CheckedArithmeticLowering.create(types));
    return patterns;
  }

  /** arith and llvm number their predicates alike, so the attribute carries over unchanged. */
  private static Operation compare(dev.irc.ir.rewrite.PatternRewriter rewriter, Operation op, OpDefinition to,
      List<dev.irc.ir.Value> operands) {
    return rewriter.create(new OperationState(to.name(), op.location())
        .addAttribute(dev.irc.dialect.llvm.CompareOps.PREDICATE, op.attribute(CompareOps.PREDICATE).orElseThrow())
        .addOperands(operands).addResultTypes(op.resultTypes()));
  }
}
