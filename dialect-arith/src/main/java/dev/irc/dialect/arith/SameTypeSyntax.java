package dev.irc.dialect.arith;

import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/**
 * {@code %a, %b {attrs} : T}: the form of arith ops whose operands all have the type written
 * after the colon ({@code arith.addi}, {@code arith.negf}, and the checked ops whose extra
 * overflow result is {@code i1}).
 */
final class SameTypeSyntax implements OpSyntax {
  /** Results: one of the operand type. */
  static final SameTypeSyntax SAME_RESULT = new SameTypeSyntax(false);
  /** Results: the operand type and an {@code i1} overflow flag. */
  static final SameTypeSyntax WITH_OVERFLOW_FLAG = new SameTypeSyntax(true);

  private final boolean overflowFlag;

  private SameTypeSyntax(boolean overflowFlag) {
    this.overflowFlag = overflowFlag;
  }

  @Override
  public void print(Operation op, OpAsmPrinter printer) {
    printer.print(" ").printOperands(op.operands());
    printer.printOptionalAttrDict(op.attributes(), Set.of());
    printer.print(" : ").printType(op.operand(0).type());
  }

  @Override
  public void parse(OpAsmParser parser, OperationState state) {
    List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
    parser.parseOptionalAttrDict(state);
    Type type = parser.parseColonType();
    parser.resolveOperands(operands, type, state);
    state.addResultType(type);
    if (overflowFlag) {
      state.addResultType(IntegerType.I1);
    }
  }

  @Override
  public boolean canPrint(Operation op) {
    if (op.numOperands() == 0 || op.numResults() != (overflowFlag ? 2 : 1)) {
      return false;
    }
    Type type = op.operand(0).type();
    return op.operandTypes().stream().allMatch(type::equals) && op.result(0).type().equals(type)
        && (!overflowFlag || op.result(1).type().equals(IntegerType.I1));
  }
}
