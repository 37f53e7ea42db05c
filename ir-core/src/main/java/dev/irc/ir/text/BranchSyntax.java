package dev.irc.ir.text;

import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import java.util.Set;

/**
 * {@code ^bb1(%a, %b : T, U) {attrs}}: the custom form of an unconditional branch whose operands
 * are all passed to its one successor ({@code cf.br}, {@code llvm.br}, {@code py.br}).
 */
public final class BranchSyntax implements OpSyntax {
  public static final BranchSyntax INSTANCE = new BranchSyntax();

  private BranchSyntax() {}

  @Override
  public void print(Operation op, OpAsmPrinter printer) {
    printer.print(" ").printSuccessorAndUseList(op.successor(0), op.operands());
    printer.printOptionalAttrDict(op.attributes(), Set.of());
  }

  @Override
  public void parse(OpAsmParser parser, OperationState state) {
    OpAsmParser.SuccessorOperands target = parser.parseSuccessorAndUseList();
    state.addSuccessor(target.block()).addOperands(target.operands());
    parser.parseOptionalAttrDict(state);
  }

  @Override
  public boolean canPrint(Operation op) {
    return op.numSuccessors() == 1;
  }
}
