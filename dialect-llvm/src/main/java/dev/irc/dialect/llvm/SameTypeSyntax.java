package dev.irc.dialect.llvm;

import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/** {@code %a, %b {attrs} : T}: operands and the single result share the type after the colon ({@code llvm.add}, {@code llvm.fneg}). */
final class SameTypeSyntax implements OpSyntax {
  static final SameTypeSyntax INSTANCE = new SameTypeSyntax();

  private SameTypeSyntax() {}

  @Override
  public void print(Operation op, OpAsmPrinter printer) {
    printer.print(" ").printOperands(op.operands());
    printer.printOptionalAttrDict(op.attributes(), Set.of());
    printer.print(" : ").printType(op.result(0).type());
  }

  @Override
  public void parse(OpAsmParser parser, OperationState state) {
    List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
    parser.parseOptionalAttrDict(state);
    Type type = parser.parseColonType();
    parser.resolveOperands(operands, type, state);
    state.addResultType(type);
  }

  @Override
  public boolean canPrint(Operation op) {
    return op.numResults() == 1 && op.numOperands() > 0
        && op.operandTypes().stream().allMatch(op.result(0).type()::equals);
  }
}
