package dev.irc.targets.runtime;

import dev.irc.dialect.arith.ConstantOp;
import dev.irc.dialect.func.CallOp;
import dev.irc.dialect.func.FuncOp;
import dev.irc.dialect.llvm.GlobalOps;
import dev.irc.dialect.llvm.LlvmPointerType;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.Operation;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.builtin.TypeAttr;
import dev.irc.ir.diag.Location;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Threads the run's context ({@code !llvm.ptr}, see {@code runtime.mlir}) through a program
 * lowered by {@code py-to-arith}: every function the program defines, and every runtime function
 * it declares ({@code irc_*}), takes it as its first parameter, and every call passes the
 * caller's. The runtime state then lives in the context of one run, not in process globals, so
 * runs on several threads do not share it. {@code @irc_print_str(k)} becomes a write of string
 * {@code k} of the module's string table, kept as a global.
 */
final class ContextParameter {
  static final Type CONTEXT = LlvmPointerType.INSTANCE;
  private static final String PRINT_STR = "irc_print_str";
  private static final String WRITE = "irc_write";

  private final Operation module;
  private final List<String> strings;
  private final OpBuilder builder;
  private final Map<Long, String> stringGlobals = new HashMap<>();

  private ContextParameter(Operation module, List<String> strings, IrContext context) {
    this.module = module;
    this.strings = strings;
    this.builder = new OpBuilder(context);
  }

  /** Rewrites {@code module} (func/arith/cf) in place; {@code strings} is its string table. */
  static void thread(Operation module, List<String> strings, IrContext context) {
    new ContextParameter(module, strings, context).run();
  }

  private void run() {
    List<Operation> functions = new ArrayList<>();
    Set<String> takesContext = new HashSet<>();
    for (Operation op : ModuleOp.body(module).operationList()) {
      if (op.name().equals(FuncOp.NAME) && (!FuncOp.isExternal(op) || FuncOp.name(op).startsWith("irc_"))) {
        functions.add(op);
        takesContext.add(FuncOp.name(op));
      }
    }
    for (Operation function : functions) {
      prependContextParameter(function);
    }
    for (Operation function : functions) {
      if (!FuncOp.isExternal(function)) {
        passContext(function, takesContext);
      }
    }
    var symbols = new SymbolTable(module);
    symbols.lookup(PRINT_STR).ifPresent(Operation::erase);
    if (!stringGlobals.isEmpty() && symbols.lookup(WRITE).isEmpty()) {
      ModuleOp.body(module).append(FuncOp.createDeclaration(WRITE,
          new FunctionType(List.of(CONTEXT, CONTEXT, IntegerType.I64), List.of()), Location.UNKNOWN));
    }
  }

  private static void prependContextParameter(Operation function) {
    FunctionType type = FuncOp.functionType(function);
    var inputs = new ArrayList<Type>();
    inputs.add(CONTEXT);
    inputs.addAll(type.inputs());
    function.setAttribute(FuncOp.FUNCTION_TYPE, new TypeAttr(new FunctionType(inputs, type.results())));
    if (!FuncOp.isExternal(function)) {
      FuncOp.body(function).insertArgument(0, CONTEXT, function.location());
    }
  }

  private void passContext(Operation function, Set<String> takesContext) {
    Value context = FuncOp.body(function).argument(0);
    var calls = new ArrayList<Operation>();
    function.walk(op -> {
      if (op.name().equals(CallOp.NAME) && takesContext.contains(CallOp.callee(op).root())) {
        calls.add(op);
      }
    });
    for (Operation call : calls) {
      if (CallOp.callee(call).root().equals(PRINT_STR)) {
        writeString(call, context);
        continue;
      }
      var operands = new ArrayList<Value>();
      operands.add(context);
      operands.addAll(call.operands());
      call.setOperands(operands);
    }
  }

  /** {@code @irc_print_str(%k)} with a constant {@code %k} → {@code @irc_write(ctx, @irc_str_k, length)}. */
  private void writeString(Operation call, Value context) {
    Operation index = call.operand(0).definingOp();
    if (index == null || !index.name().equals(ConstantOp.NAME) || !(ConstantOp.value(index) instanceof IntegerAttr k)) {
      throw new IllegalStateException("@" + PRINT_STR + " with a non-constant string index at " + call.location());
    }
    String text = strings.get((int) k.longValue());
    String global = stringGlobals.computeIfAbsent(k.longValue(), n -> {
      String name = "irc_str_" + n;
      ModuleOp.body(module).append(GlobalOps.createString(name, text, Location.UNKNOWN));
      return name;
    });
    builder.setInsertionPoint(call);
    Value address = GlobalOps.createAddressOf(builder, global, call.location()).result(0);
    Value length = ConstantOp.create(builder, IntegerAttr.i64(text.getBytes(StandardCharsets.UTF_8).length), call.location()).result(0);
    CallOp.create(builder, WRITE, List.of(context, address, length), List.of(), call.location());
    call.erase();
  }
}
