package dev.irc.targets.run;

import dev.irc.dialect.func.CallOp;
import dev.irc.dialect.func.FuncOp;
import dev.irc.dialect.func.ReturnOp;
import dev.irc.dialect.llvm.ConstantOp;
import dev.irc.dialect.llvm.LlvmPointerType;
import dev.irc.dialect.llvm.MemoryOps;
import dev.irc.ir.Block;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.builtin.TypeAttr;
import dev.irc.ir.diag.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites {@code func} functions with several results, which {@code convert-to-llvm} does not
 * lower, into single-result functions with out-parameters: {@code (args) -> (r0, ..., rk, status)}
 * becomes {@code (args, !llvm.ptr out0, ..., !llvm.ptr outk) -> status}; returns store
 * {@code r0..rk} through the pointers, and callers pass {@code llvm.alloca} slots from their entry
 * block and load the values after the call. Declarations (runtime helpers) get the same
 * signature, so the runtime writes the results of a fallible helper through the pointers. After
 * LLVM's SROA and inlining, slots of internal calls become registers.
 */
final class MultiResultLowering {
  private static final Type POINTER = LlvmPointerType.INSTANCE;

  private MultiResultLowering() {}

  /** Rewrites every multi-result function of {@code module} and every call of one. */
  static void run(Operation module, IrContext context) {
    Set<String> rewritten = new HashSet<>();
    List<Operation> functions = new ArrayList<>();
    for (Operation op : ModuleOp.body(module).operationList()) {
      if (!op.name().equals(FuncOp.NAME)) {
        continue;
      }
      functions.add(op);
      FunctionType type = FuncOp.functionType(op);
      if (type.results().size() > 1) {
        rewriteSignature(op, type, context);
        rewritten.add(FuncOp.name(op));
      }
    }
    for (Operation function : functions) {
      if (!FuncOp.isExternal(function)) {
        rewriteCalls(function, rewritten, context);
      }
    }
  }

  private static void rewriteSignature(Operation function, FunctionType type, IrContext context) {
    List<Type> spilled = type.results().subList(0, type.results().size() - 1);
    var inputs = new ArrayList<>(type.inputs());
    spilled.forEach(t -> inputs.add(POINTER));
    function.setAttribute(FuncOp.FUNCTION_TYPE, new TypeAttr(new FunctionType(inputs, List.of(type.results().getLast()))));
    if (FuncOp.isExternal(function)) {
      return;
    }
    Block entry = FuncOp.body(function);
    var slots = new ArrayList<Value>();
    for (int i = 0; i < spilled.size(); i++) {
      slots.add(entry.addArgument(POINTER, function.location()));
    }
    var returns = new ArrayList<Operation>();
    function.walk(op -> {
      if (op.name().equals(ReturnOp.NAME)) {
        returns.add(op);
      }
    });
    var builder = new OpBuilder(context);
    for (Operation ret : returns) {
      builder.setInsertionPoint(ret);
      for (int i = 0; i < slots.size(); i++) {
        builder.create(new OperationState("llvm.store", ret.location()).addOperand(ret.operand(i)).addOperand(slots.get(i)));
      }
      ret.setOperands(List.of(ret.operand(ret.numOperands() - 1)));
    }
  }

  private static void rewriteCalls(Operation function, Set<String> rewritten, IrContext context) {
    var calls = new ArrayList<Operation>();
    function.walk(op -> {
      if (op.name().equals(CallOp.NAME) && rewritten.contains(CallOp.callee(op).root())) {
        calls.add(op);
      }
    });
    if (calls.isEmpty()) {
      return;
    }
    var builder = new OpBuilder(context);
    builder.setInsertionPointToStart(FuncOp.body(function));
    Value one = ConstantOp.create(builder, IntegerAttr.i64(1), Location.UNKNOWN).result(0);
    for (Operation call : calls) {
      int spilled = call.numResults() - 1;
      var slots = new ArrayList<Value>();
      for (int i = 0; i < spilled; i++) {
        slots.add(builder.create(new OperationState("llvm.alloca", call.location()).addOperand(one)
            .addAttribute(MemoryOps.ELEM_TYPE, new TypeAttr(call.result(i).type())).addResultType(POINTER)).result(0));
      }
      var site = new OpBuilder(context);
      site.setInsertionPoint(call);
      var arguments = new ArrayList<>(call.operands());
      arguments.addAll(slots);
      Operation replacement = site.create(new OperationState(CallOp.NAME, call.location())
          .setAttributes(call.attributes()).addOperands(arguments).addResultType(call.result(spilled).type()));
      var values = new ArrayList<Value>();
      for (int i = 0; i < spilled; i++) {
        values.add(site.create(new OperationState("llvm.load", call.location()).addOperand(slots.get(i))
            .addResultType(call.result(i).type())).result(0));
      }
      values.add(replacement.result(0));
      call.replaceAllUsesWith(values);
      call.erase();
    }
  }
}
