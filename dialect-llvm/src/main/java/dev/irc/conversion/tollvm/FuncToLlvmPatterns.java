package dev.irc.conversion.tollvm;

import dev.irc.dialect.func.CallOp;
import dev.irc.dialect.func.FuncOp;
import dev.irc.dialect.func.ReturnOp;
import dev.irc.dialect.llvm.ExtractValueOp;
import dev.irc.dialect.llvm.InsertValueOp;
import dev.irc.dialect.llvm.Linkage;
import dev.irc.dialect.llvm.LlvmFunctionType;
import dev.irc.dialect.llvm.LlvmStructType;
import dev.irc.dialect.llvm.LlvmVoidType;
import dev.irc.dialect.llvm.UndefOps;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.passes.rewrite.ConversionPattern;
import dev.irc.passes.rewrite.TypeConverter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code func} to {@code llvm}: {@code func.func} becomes {@code llvm.func} (public definitions
 * and declarations keep external linkage, private definitions become internal), calls and
 * returns map one to one. As in MLIR, a function with several results returns them packed in
 * an {@code !llvm.struct<(T0, T1, ...)>}: its returns build the struct
 * ({@code llvm.mlir.undef} and one {@code llvm.insertvalue} per result) and its calls unpack it
 * with {@code llvm.extractvalue}. Declarations get the same signature: what implements them
 * must return that LLVM struct by value, which matches the C ABI's struct return only for some
 * layouts (on x86-64, {@code {i64, i1}} does; {@code {i32, i32}} and structs over 16 bytes do not).
 */
final class FuncToLlvmPatterns {
  private FuncToLlvmPatterns() {}

  static List<ConversionPattern> create(TypeConverter types) {
    return List.of(
        ConversionPattern.of("FuncOpLowering", FuncOp.NAME, 1, types, (op, operands, rewriter) -> {
          FunctionType type = FuncOp.functionType(op);
          if (type == null) {
            return rewriter.notifyMatchFailure(op, "function_type is not a function type");
          }
          var signature = new LlvmFunctionType(resultType(types, type.results()), types.convertTypes(type.inputs()),
              false);
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
          Type result = resultType(types, op.resultTypes());
          Operation call = rewriter.create(new OperationState(dev.irc.dialect.llvm.CallOp.NAME, op.location())
              .addAttribute(dev.irc.dialect.llvm.CallOp.CALLEE, CallOp.callee(op))
              .addOperands(operands).addResultTypes(result instanceof LlvmVoidType ? List.of() : List.of(result)));
          if (op.numResults() <= 1) {
            rewriter.replaceOp(op, call);
            return true;
          }
          var unpacked = new ArrayList<Value>();
          for (int i = 0; i < op.numResults(); i++) {
            unpacked.add(ExtractValueOp.create(rewriter.toBuilder(), call.result(0), i, op.location()).result(0));
          }
          rewriter.replaceOp(op, unpacked);
          return true;
        }),
        ConversionPattern.of("ReturnOpLowering", ReturnOp.NAME, 1, types, (op, operands, rewriter) -> {
          List<Value> returned = operands;
          if (operands.size() > 1) {
            Type struct = resultType(types, op.operandTypes());
            Value packed = UndefOps.createUndef(rewriter.toBuilder(), struct, op.location()).result(0);
            for (int i = 0; i < operands.size(); i++) {
              packed = InsertValueOp.create(rewriter.toBuilder(), packed, operands.get(i), i, op.location()).result(0);
            }
            returned = List.of(packed);
          }
          rewriter.create(dev.irc.dialect.llvm.ReturnOp.NAME, op.location(), returned, List.of());
          rewriter.eraseOp(op);
          return true;
        }));
  }

  /** The LLVM result type for {@code results}: void, the converted type, or a struct of the converted types. */
  private static Type resultType(TypeConverter types, List<Type> results) {
    return switch (results.size()) {
      case 0 -> LlvmVoidType.INSTANCE;
      case 1 -> types.convertType(results.getFirst());
      default -> new LlvmStructType(types.convertTypes(results));
    };
  }
}
