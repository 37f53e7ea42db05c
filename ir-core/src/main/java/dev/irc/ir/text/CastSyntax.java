package dev.irc.ir.text;

import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import java.util.Set;

/**
 * {@code %x {attrs} : T to U}: the custom form MLIR's dialects share for one-operand conversions
 * ({@code arith.extsi}, {@code arith.sitofp}, {@code llvm.sext}, ...).
 */
public final class CastSyntax implements OpSyntax {
  public static final CastSyntax INSTANCE = new CastSyntax();

  private CastSyntax() {}

  @Override
  public void print(Operation op, OpAsmPrinter printer) {
    printer.print(" ").printOperand(op.operand(0));
    printer.printOptionalAttrDict(op.attributes(), Set.of());
    printer.print(" : ").printType(op.operand(0).type()).print(" to ").printType(op.result(0).type());
  }

  @Override
  public void parse(OpAsmParser parser, OperationState state) {
    OpAsmParser.UnresolvedOperand operand = parser.parseOperand();
    parser.parseOptionalAttrDict(state);
    Type from = parser.parseColonType();
    parser.parseKeyword("to");
    Type to = parser.parseType();
    state.addOperand(parser.resolveOperand(operand, from));
    state.addResultType(to);
  }

  @Override
  public boolean canPrint(Operation op) {
    return op.numOperands() == 1 && op.numResults() == 1;
  }
}
