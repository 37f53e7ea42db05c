package dev.irc.dialect.func;

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
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.interfaces.CallOpInterface;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/**
 * {@code %r = func.call @f(%a) : (i64) -> i64}: a direct call of the {@code func.func} named by
 * the {@code callee} symbol reference, resolved in the nearest enclosing symbol table. The
 * verifier checks the callee exists and that operand and result types match its signature.
 */
public final class CallOp {
  public static final String NAME = "func.call";
  public static final String CALLEE = "callee";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("Calls a function by symbol.")
      .attribute(CALLEE, SymbolRefAttr.class)
      .verifier(CallOp::verify)
      .syntax(new Syntax())
      .implement(OpSemantics.class, (op, operands, interpreter) -> {
        Operation callee = interpreter.resolveSymbol(op, callee(op));
        return new Outcome.Continue(interpreter.call(callee, operands));
      })
      .implement(CallOpInterface.class, CallOp::callee)
      .build();

  private CallOp() {}

  /** Creates {@code func.call @callee(arguments)} returning {@code resultTypes} at the builder's insertion point. */
  public static Operation create(OpBuilder builder, String callee, List<Value> arguments, List<Type> resultTypes,
      Location location) {
    return builder.create(new OperationState(NAME, location)
        .addAttribute(CALLEE, SymbolRefAttr.of(callee))
        .addOperands(arguments)
        .addResultTypes(resultTypes));
  }

  public static SymbolRefAttr callee(Operation call) {
    return call.attribute(CALLEE, SymbolRefAttr.class);
  }

  private static void verify(Operation op, Verification verification) {
    SymbolRefAttr reference = callee(op);
    Operation callee = SymbolTable.lookupNearest(op, reference).orElse(null);
    if (callee == null || !callee.name().equals(FuncOp.NAME)) {
      verification.opError(op, "'" + reference.leaf() + "' does not reference a valid function");
      return;
    }
    FunctionType type = FuncOp.functionType(callee);
    if (type == null) {
      return; // the callee's own verifier reports this
    }
    if (type.inputs().size() != op.numOperands()) {
      verification.opError(op, "incorrect number of operands for callee");
      return;
    }
    for (int i = 0; i < op.numOperands(); i++) {
      if (!op.operand(i).type().equals(type.inputs().get(i))) {
        verification.opError(op, "operand type mismatch: expected operand type '" + type.inputs().get(i)
            + "', but provided '" + op.operand(i).type() + "' for operand number " + i);
        return;
      }
    }
    if (type.results().size() != op.numResults()) {
      verification.opError(op, "incorrect number of results for callee");
      return;
    }
    for (int i = 0; i < op.numResults(); i++) {
      if (!op.result(i).type().equals(type.results().get(i))) {
        verification.opError(op, "result type mismatch at index " + i + ": callee returns '" + type.results().get(i)
            + "', but the call produces '" + op.result(i).type() + "'");
        return;
      }
    }
  }

  /** {@code @f(%a, %b) {attrs} : (T, U) -> R}. */
  private static final class Syntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").printAttribute(callee(op)).print("(").printOperands(op.operands()).print(")");
      printer.printOptionalAttrDict(op.attributes(), Set.of(CALLEE));
      printer.print(" : ").printType(new FunctionType(op.operandTypes(), op.resultTypes()));
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      Attribute callee = parser.parseAttribute();
      if (!(callee instanceof SymbolRefAttr)) {
        throw parser.error("expected symbol reference to the callee");
      }
      state.addAttribute(CALLEE, callee);
      parser.parsePunctuation("(");
      List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
      parser.parsePunctuation(")");
      parser.parseOptionalAttrDict(state);
      parser.parsePunctuation(":");
      Location typeLocation = parser.currentLocation();
      Type type = parser.parseType();
      if (!(type instanceof FunctionType(List<Type> inputs, List<Type> results))) {
        throw new DiagnosticException(Diagnostic.error(typeLocation, "expected function type"));
      }
      parser.resolveOperands(operands, inputs, state);
      state.addResultTypes(results);
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.attribute(CALLEE).orElse(null) instanceof SymbolRefAttr;
    }
  }
}
