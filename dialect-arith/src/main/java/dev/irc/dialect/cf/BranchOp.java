package dev.irc.dialect.cf;

import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.SuccessorOperandsCheck;
import dev.irc.ir.Value;
import dev.irc.ir.diag.Location;
import dev.irc.ir.interfaces.BranchOpInterface;
import dev.irc.ir.interfaces.UnconditionalBranch;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.text.BranchSyntax;
import java.util.List;

/** {@code cf.br ^bb1(%x : i64)}: an unconditional jump passing its operands to the target block's arguments. */
public final class BranchOp {
  public static final String NAME = "cf.br";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("Jumps to a block, passing values to its arguments.")
      .results(0)
      .successors(1)
      .traits(CoreTrait.TERMINATOR, CoreTrait.PURE)
      .verifier((op, verification) -> SuccessorOperandsCheck.verify(op, 0, op.operands(), verification))
      .syntax(BranchSyntax.INSTANCE)
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

}
