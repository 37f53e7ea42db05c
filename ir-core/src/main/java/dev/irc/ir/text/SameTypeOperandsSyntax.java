package dev.irc.ir.text;

import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import java.util.List;
import java.util.Set;

/**
 * The custom form {@code %a, %b {attrs} : T} of ops whose operands and first result all have the
 * type written after the colon ({@code arith.addi}, {@code llvm.fneg}), optionally followed by
 * results of fixed types (the {@code i1} overflow flag of {@code arith.checked_addi}). Shared by
 * every dialect with such ops, so each declares only which extra results it has.
 */
public final class SameTypeOperandsSyntax implements OpSyntax {
  /** One result, of the operand type. */
  public static final SameTypeOperandsSyntax SINGLE_RESULT = new SameTypeOperandsSyntax(List.of());

  private final List<Type> extraResults;

  private SameTypeOperandsSyntax(List<Type> extraResults) {
    this.extraResults = List.copyOf(extraResults);
  }

  /** A result of the operand type, then results of {@code types}. */
  public static SameTypeOperandsSyntax withExtraResults(List<Type> types) {
    return new SameTypeOperandsSyntax(types);
  }

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
    state.addResultTypes(extraResults);
  }

  @Override
  public boolean canPrint(Operation op) {
    if (op.numOperands() == 0 || op.numResults() != 1 + extraResults.size()) {
      return false;
    }
    Type type = op.result(0).type();
    for (int i = 0; i < op.numOperands(); i++) {
      if (!op.operand(i).type().equals(type)) {
        return false;
      }
    }
    for (int i = 0; i < extraResults.size(); i++) {
      if (!op.result(i + 1).type().equals(extraResults.get(i))) {
        return false;
      }
    }
    return true;
  }
}
