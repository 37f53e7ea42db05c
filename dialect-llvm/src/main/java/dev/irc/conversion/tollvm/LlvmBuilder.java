package dev.irc.conversion.tollvm;

import dev.irc.dialect.llvm.ArithmeticOps;
import dev.irc.dialect.llvm.CompareOps;
import dev.irc.dialect.llvm.ConstantOp;
import dev.irc.dialect.llvm.ICmpPredicate;
import dev.irc.dialect.llvm.SelectOp;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.OperationState;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Location;
import dev.irc.ir.rewrite.PatternRewriter;
import java.util.List;

/** Emits llvm ops at a rewriter's insertion point, for the lowerings that expand one op into a sequence. */
record LlvmBuilder(PatternRewriter rewriter, Location location) {
  Value binary(OpDefinition op, Value lhs, Value rhs) {
    return rewriter.create(op.name(), location, List.of(lhs, rhs), List.of(lhs.type())).result(0);
  }

  Value icmp(ICmpPredicate predicate, Value lhs, Value rhs) {
    return rewriter.create(new OperationState(CompareOps.ICMP.name(), location)
        .addAttribute(CompareOps.PREDICATE, IntegerAttr.i64(predicate.ordinal()))
        .addOperands(List.of(lhs, rhs)).addResultType(IntegerType.I1)).result(0);
  }

  Value select(Value condition, Value onTrue, Value onFalse) {
    return rewriter.create(SelectOp.DEFINITION.name(), location, List.of(condition, onTrue, onFalse),
        List.of(onTrue.type())).result(0);
  }

  Value constant(long value, dev.irc.ir.Type type) {
    return ConstantOp.create(rewriter.toBuilder(), IntegerAttr.of(value, type), location).result(0);
  }

  Value add(Value lhs, Value rhs) {
    return binary(ArithmeticOps.ADD, lhs, rhs);
  }

  Value sub(Value lhs, Value rhs) {
    return binary(ArithmeticOps.SUB, lhs, rhs);
  }
}
