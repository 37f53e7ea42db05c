package dev.irc.targets.embed;

import dev.irc.dialect.func.CallOp;
import dev.irc.dialect.func.FuncOp;
import dev.irc.dialect.func.ReturnOp;
import dev.irc.dialect.llvm.LlvmPointerType;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.ModuleOp;
import java.util.ArrayList;
import java.util.List;

/**
 * The C-callable door to a specialization: compiled functions return their value and status as
 * an LLVM struct, whose register assignment matches C's (and so {@code java.lang.foreign}'s) only
 * for some layouts, so Java calls {@code @f$i64$entry(%depth, args..., %out: !llvm.ptr) -> i1}
 * instead, which calls {@code @f$i64}, stores the value through {@code %out} and returns the
 * status flag.
 */
final class OutParameterEntry {
  private OutParameterEntry() {}

  /** Adds the entry of {@code symbol} (a func.func of a py-to-arith module) and returns its name. */
  static String add(Operation module, String symbol, IrContext context) {
    Operation callee = new SymbolTable(module).lookup(symbol)
        .orElseThrow(() -> new IllegalArgumentException("no function @" + symbol));
    FunctionType type = FuncOp.functionType(callee);
    List<Type> values = type.results().subList(0, type.results().size() - 1);
    var inputs = new ArrayList<>(type.inputs());
    values.forEach(value -> inputs.add(LlvmPointerType.INSTANCE));
    String name = symbol + "$entry";
    Operation entry = FuncOp.create(name, new FunctionType(inputs, List.of(type.results().getLast())), callee.location());
    ModuleOp.body(module).append(entry);
    List<Value> parameters = List.copyOf(FuncOp.body(entry).arguments());
    var builder = new OpBuilder(context).setInsertionPointToEnd(FuncOp.body(entry));
    Operation call = CallOp.create(builder, symbol, parameters.subList(0, type.inputs().size()), type.results(),
        callee.location());
    for (int i = 0; i < values.size(); i++) {
      builder.create(new OperationState("llvm.store", callee.location())
          .addOperand(call.result(i)).addOperand(parameters.get(type.inputs().size() + i)));
    }
    ReturnOp.create(builder, List.of(call.result(values.size())), callee.location());
    return name;
  }
}
