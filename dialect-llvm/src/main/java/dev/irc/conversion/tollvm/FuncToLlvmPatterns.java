package dev.irc.conversion.tollvm;

import dev.irc.dialect.func.CallOp;
import dev.irc.dialect.func.FuncOp;
import dev.irc.dialect.func.ReturnOp;
import dev.irc.dialect.llvm.Linkage;
import dev.irc.dialect.llvm.LlvmFunctionType;
import dev.irc.dialect.llvm.LlvmVoidType;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.passes.rewrite.ConversionPattern;
import dev.irc.passes.rewrite.TypeConverter;
import java.util.List;

/**
 * {@code func} to {@code llvm}: {@code func.func} becomes {@code llvm.func} (public definitions
 * and declarations keep external linkage, private definitions become internal), calls and
 * returns map one to one. Functions with more than one result are not lowered (the Python
 * lowering never makes them); the conversion then fails with a located error.
 */
final class FuncToLlvmPatterns {
  private FuncToLlvmPatterns() {}

  static List<ConversionPattern> create(TypeConverter types) {
    return List.of(
        ConversionPattern.of("FuncOpLowering", FuncOp.NAME, 1, types, (op, operands, rewriter) -> {
          FunctionType type = FuncOp.functionType(op);
          if (type == null || type.results().size() > 1) {
            return rewriter.notifyMatchFailure(op, "only functions with at most one result are lowered");
          }
          Type result = type.results().isEmpty() ? LlvmVoidType.INSTANCE : types.convertType(type.results().getFirst());
          var signature = new LlvmFunctionType(result, types.convertTypes(type.inputs()), false);
          boolean isPrivate = op.attribute(FuncOp.SYM_VISIBILITY).orElse(null) instanceof StringAttr(String v)
              && v.equals("private");
          Linkage linkage = !FuncOp.isExternal(op) && isPrivate ? Linkage.INTERNAL : Linkage.EXTERNAL;
          Operation func = rewriter.insert(dev.irc.dialect.llvm.FuncOp.createWithoutBody(FuncOp.name(op), signature, linkage, op.location()));
          rewriter.inlineRegionBefore(op.region(0), func.region(0), null);
          rewriter.convertRegionTypes(func.region(0), types);
          rewriter.eraseOp(op);
          return true;
        }),
        ConversionPattern.of("CallOpLowering", CallOp.NAME, 1, types, (op, operands, rewriter) -> {
          if (op.numResults() > 1) {
            return rewriter.notifyMatchFailure(op, "calls with more than one result are not lowered");
          }
          Operation call = rewriter.create(new OperationState(dev.irc.dialect.llvm.CallOp.NAME, op.location())
              .addAttribute(dev.irc.dialect.llvm.CallOp.CALLEE, CallOp.callee(op))
              .addOperands(operands).addResultTypes(types.convertTypes(op.resultTypes())));
          rewriter.replaceOp(op, call);
          return true;
        }),
        ConversionPattern.of("ReturnOpLowering", ReturnOp.NAME, 1, types, (op, operands, rewriter) -> {
          if (op.numOperands() > 1) {
            return rewriter.notifyMatchFailure(op, "returns of more than one value are not lowered");
          }
          rewriter.create(dev.irc.dialect.llvm.ReturnOp.NAME, op.location(), operands, List.of());
          rewriter.eraseOp(op);
          return true;
        }));
  }
}
