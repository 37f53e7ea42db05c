package dev.irc.dialect.arith;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.OpFolder;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/**
 * {@code %r = arith.select %cond, %a, %b : T}: {@code %a} if the {@code i1} condition is true,
 * else {@code %b}; a branch-free conditional that lowerings of {@code x if c else y} use.
 */
public final class SelectOp {
  private SelectOp() {}

  public static final OpDefinition DEFINITION = OpDefinition.builder("arith.select")
      .summary("Chooses between two values of one type by an i1 condition.")
      .operands(3)
      .results(1)
      .traits(CoreTrait.PURE)
      .verifier((op, verification) -> {
        if (!TypeConstraint.BOOL_LIKE.checkOperand(op, 0, verification)) {
          return;
        }
        Type type = op.result(0).type();
        if (!op.operand(1).type().equals(type) || !op.operand(2).type().equals(type)) {
          verification.opError(op, "failed to verify that all of {true_value, false_value, result} have same type");
        }
      })
      .syntax(new Syntax())
      .implement(OpFolder.class, SelectOp::fold)
      .implement(OpSemantics.class, (op, operands, interpreter) ->
          Outcome.results((Boolean) operands.get(0) ? operands.get(1) : operands.get(2)))
      .build();

  private static List<FoldResult> fold(Operation op, List<Attribute> constants) {
    if (constants.get(0) instanceof IntegerAttr condition && condition.type().equals(IntegerType.I1)) {
      return List.of(FoldResult.existing(op.operand(condition.value().signum() != 0 ? 1 : 2)));
    }
    if (op.operand(1) == op.operand(2)) {
      return List.of(FoldResult.existing(op.operand(1)));
    }
    // select %c, true, false is %c
    if (op.result(0).type().equals(IntegerType.I1) && IntegerAttr.TRUE.equals(constants.get(1))
        && IntegerAttr.FALSE.equals(constants.get(2))) {
      return List.of(FoldResult.existing(op.operand(0)));
    }
    return List.of();
  }

  /** {@code %c, %a, %b {attrs} : T}. */
  private static final class Syntax implements OpSyntax {
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
      parser.resolveOperands(operands, List.of(IntegerType.I1, type, type), state);
      state.addResultType(type);
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.numOperands() == 3 && op.numResults() == 1 && op.operand(0).type().equals(IntegerType.I1)
          && op.operand(1).type().equals(op.result(0).type()) && op.operand(2).type().equals(op.result(0).type());
    }
  }
}
