package dev.irc.dialect.cf;

import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Value;
import dev.irc.ir.diag.Location;
import dev.irc.ir.interfaces.BranchOpInterface;
import dev.irc.ir.interfaces.UnconditionalBranch;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/** {@code cf.br ^bb1(%x : i64)}: an unconditional jump passing its operands to the target block's arguments. */
public final class BranchOp {
  public static final String NAME = "cf.br";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("Jumps to a block, passing values to its arguments.")
      .results(0)
      .successors(1)
      .traits(CoreTrait.TERMINATOR, CoreTrait.PURE)
      .verifier((op, verification) -> SuccessorOperandsCheck.verify(op, 0, op.operands(), verification))
      .syntax(new Syntax())
      .implement(OpSemantics.class, (op, operands, interpreter) -> new Outcome.Branch(0, operands))
      .implement(BranchOpInterface.class, new BranchOpInterface() {
        @Override
        public List<Value> successorOperands(Operation branch, int successor) {
          return branch.operands();
        }

        @Override
        public void setSuccessorOperands(Operation branch, int successor, List<Value> values) {
          branch.setOperands(values);
        }
      })
      .implement(UnconditionalBranch.class, BranchOp::create)
      .build();

  private BranchOp() {}

  public static Operation create(OpBuilder builder, Block dest, List<Value> arguments, Location location) {
    return builder.create(new OperationState(NAME, location).addSuccessor(dest).addOperands(arguments));
  }

  /** {@code ^bb1(%a : T) {attrs}}. */
  private static final class Syntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").printSuccessorAndUseList(op.successor(0), op.operands());
      printer.printOptionalAttrDict(op.attributes(), Set.of());
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      OpAsmParser.SuccessorOperands dest = parser.parseSuccessorAndUseList();
      state.addSuccessor(dest.block()).addOperands(dest.operands());
      parser.parseOptionalAttrDict(state);
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.numSuccessors() == 1;
    }
  }
}
