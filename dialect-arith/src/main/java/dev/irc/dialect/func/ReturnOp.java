package dev.irc.dialect.func;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.HasParent;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.diag.Location;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/**
 * {@code func.return %a, %b : i64, f64}: ends a function body, handing the values back to the
 * caller; their types must be the function's result types.
 */
public final class ReturnOp {
  public static final String NAME = "func.return";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("Returns from a function.")
      .results(0)
      .traits(CoreTrait.TERMINATOR, CoreTrait.RETURN_LIKE, CoreTrait.PURE, HasParent.of(FuncOp.NAME))
      .verifier(ReturnOp::verify)
      .syntax(new Syntax())
      .implement(OpSemantics.class, (op, operands, interpreter) -> new Outcome.Return(operands))
      .build();

  private ReturnOp() {}

  public static Operation create(OpBuilder builder, List<Value> values, Location location) {
    return builder.create(new OperationState(NAME, location).addOperands(values));
  }

  private static void verify(Operation op, Verification verification) {
    Operation func = op.parentOp();
    FunctionType type = FuncOp.functionType(func);
    if (type == null) {
      return;
    }
    String name = "@" + FuncOp.name(func);
    if (type.results().size() != op.numOperands()) {
      verification.opError(op, "has " + op.numOperands() + " operands, but enclosing function (" + name + ") returns "
          + type.results().size());
      return;
    }
    for (int i = 0; i < op.numOperands(); i++) {
      Type expected = type.results().get(i);
      if (!op.operand(i).type().equals(expected)) {
        verification.opError(op, "type of return operand " + i + " ('" + op.operand(i).type()
            + "') doesn't match function result type ('" + expected + "') in function " + name);
        return;
      }
    }
  }

  /** {@code {attrs} %a, %b : T, U} (nothing after the name for an empty return). */
  private static final class Syntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.printOptionalAttrDict(op.attributes(), Set.of());
      if (op.numOperands() > 0) {
        printer.print(" ").printOperands(op.operands()).print(" : ").printTypes(op.operandTypes());
      }
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      parser.parseOptionalAttrDict(state);
      List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
      if (!operands.isEmpty()) {
        parser.resolveOperands(operands, parser.parseColonTypeList(), state);
      }
    }
  }
}
