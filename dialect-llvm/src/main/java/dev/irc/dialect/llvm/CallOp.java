package dev.irc.dialect.llvm;

import dev.irc.ir.Attribute;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.ir.builtin.TypeAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/**
 * {@code %r = llvm.call @f(%a) : (i64) -> i64}: a direct call of an {@code llvm.func}. Calls of
 * variadic functions name the callee's type, as in MLIR:
 * {@code llvm.call @printf(%fmt, %x) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i64) -> i32}.
 * Without a {@code callee} attribute the call is indirect, through the function pointer that is
 * its first operand, as in MLIR: {@code llvm.call %fp(%a) : !llvm.ptr, (i64) -> i64} (the
 * runtime calls its host function this way, so compiled code has no undefined host symbol).
 */
public final class CallOp {
  public static final String NAME = "llvm.call";
  public static final String CALLEE = "callee";
  public static final String VAR_CALLEE_TYPE = "var_callee_type";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("Calls an LLVM function by symbol.")
      .verifier(CallOp::verify)
      .syntax(new Syntax())
      .build();

  private CallOp() {}

  public static Operation create(OpBuilder builder, String callee, List<Value> arguments, List<Type> resultTypes,
      Location location) {
    return builder.create(new OperationState(NAME, location).addAttribute(CALLEE, SymbolRefAttr.of(callee))
        .addOperands(arguments).addResultTypes(resultTypes));
  }

  /** The called function's symbol; null for an indirect call. */
  public static SymbolRefAttr callee(Operation call) {
    return call.attribute(CALLEE).orElse(null) instanceof SymbolRefAttr symbol ? symbol : null;
  }

  /** Whether {@code call} calls through a function pointer (its first operand). */
  public static boolean isIndirect(Operation call) {
    return call.attribute(CALLEE).isEmpty();
  }

  private static void verify(Operation op, Verification verification) {
    if (op.numResults() > 1) {
      verification.opError(op, "expected at most one result, but found " + op.numResults());
      return;
    }
    if (isIndirect(op)) {
      if (op.numOperands() == 0 || !op.operand(0).type().equals(LlvmPointerType.INSTANCE)) {
        verification.opError(op, "an indirect call needs a function pointer (!llvm.ptr) as its first operand");
      }
      return;
    }
    if (callee(op) == null) {
      verification.opError(op, "requires attribute 'callee' to be a symbol reference");
      return;
    }
    Operation callee = SymbolTable.lookupNearest(op, callee(op)).orElse(null);
    if (callee == null || !callee.name().equals(FuncOp.NAME)) {
      verification.opError(op, "'" + callee(op).leaf() + "' does not reference a valid LLVM function");
      return;
    }
    LlvmFunctionType type = FuncOp.functionType(callee);
    if (type == null) {
      return;
    }
    int fixed = type.parameters().size();
    if (type.variadic() ? op.numOperands() < fixed : op.numOperands() != fixed) {
      verification.opError(op, "incorrect number of operands (" + op.numOperands() + ") for callee (expecting: " + fixed + ")");
      return;
    }
    for (int i = 0; i < fixed; i++) {
      if (!op.operand(i).type().equals(type.parameters().get(i))) {
        verification.opError(op, "operand type mismatch for operand " + i + ": '" + op.operand(i).type()
            + "' != '" + type.parameters().get(i) + "'");
        return;
      }
    }
    if (!op.resultTypes().equals(type.results())) {
      verification.opError(op, "result type mismatch: call produces " + op.resultTypes() + " but callee returns " + type.results());
      return;
    }
    if (type.variadic() && !(op.attribute(VAR_CALLEE_TYPE).orElse(null) instanceof TypeAttr(LlvmFunctionType varType)
        && varType.equals(type))) {
      verification.opError(op, "calling a variadic function requires 'var_callee_type' " + type);
    }
  }

  /** {@code @f(%a, %b) [vararg(T)] {attrs} : (A, B) -> R}. */
  private static final class Syntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      if (isIndirect(op)) {
        printer.print(" ").printOperand(op.operand(0)).print("(").printOperands(op.operands().subList(1, op.numOperands()))
            .print(")");
        printer.printOptionalAttrDict(op.attributes(), Set.of());
        printer.print(" : ").printType(op.operand(0).type()).print(", ")
            .printType(new FunctionType(op.operandTypes().subList(1, op.numOperands()), op.resultTypes()));
        return;
      }
      printer.print(" ").printAttribute(callee(op)).print("(").printOperands(op.operands()).print(")");
      if (op.attribute(VAR_CALLEE_TYPE).orElse(null) instanceof TypeAttr(Type type)) {
        printer.print(" vararg(").printType(type).print(")");
      }
      printer.printOptionalAttrDict(op.attributes(), Set.of(CALLEE, VAR_CALLEE_TYPE));
      printer.print(" : ").printType(new FunctionType(op.operandTypes(), op.resultTypes()));
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      var pointer = parser.parseOptionalOperand();
      if (pointer.isPresent()) {
        parseIndirect(parser, state, pointer.get());
        return;
      }
      Attribute callee = parser.parseAttribute();
      if (!(callee instanceof SymbolRefAttr)) {
        throw parser.error("expected symbol reference to the callee");
      }
      state.addAttribute(CALLEE, callee);
      parser.parsePunctuation("(");
      List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
      parser.parsePunctuation(")");
      if (parser.parseOptionalKeyword("vararg")) {
        parser.parsePunctuation("(");
        state.addAttribute(VAR_CALLEE_TYPE, new TypeAttr(parser.parseType()));
        parser.parsePunctuation(")");
      }
      parser.parseOptionalAttrDict(state);
      parser.parsePunctuation(":");
      if (!(parser.parseType() instanceof FunctionType(List<Type> inputs, List<Type> results))) {
        throw parser.error("expected function type");
      }
      parser.resolveOperands(operands, inputs, state);
      state.addResultTypes(results);
    }

    private static void parseIndirect(OpAsmParser parser, OperationState state, OpAsmParser.UnresolvedOperand pointer) {
      parser.parsePunctuation("(");
      List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
      parser.parsePunctuation(")");
      parser.parseOptionalAttrDict(state);
      parser.parsePunctuation(":");
      Type pointerType = parser.parseType();
      parser.parsePunctuation(",");
      if (!(parser.parseType() instanceof FunctionType(List<Type> inputs, List<Type> results))) {
        throw parser.error("expected function type");
      }
      state.addOperand(parser.resolveOperand(pointer, pointerType));
      parser.resolveOperands(operands, inputs, state);
      state.addResultTypes(results);
    }

    @Override
    public boolean canPrint(Operation op) {
      return isIndirect(op) && op.numOperands() > 0 || op.attribute(CALLEE).orElse(null) instanceof SymbolRefAttr
          && op.attribute(VAR_CALLEE_TYPE).map(TypeAttr.class::isInstance).orElse(true);
    }
  }
}
