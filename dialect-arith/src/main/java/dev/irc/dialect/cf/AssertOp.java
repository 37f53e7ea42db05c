package dev.irc.dialect.cf;

import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.Set;

/** {@code cf.assert %ok, "message"}: a runtime check that aborts with the message when the {@code i1} is false. */
public final class AssertOp {
  public static final String NAME = "cf.assert";
  public static final String MSG = "msg";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("Aborts with a message if the i1 operand is false.")
      .operands(1)
      .results(0)
      .attribute(MSG, StringAttr.class)
      .verifier((op, verification) -> {
        if (!op.operand(0).type().equals(IntegerType.I1)) {
          verification.opError(op, "operand #0 must be 1-bit signless integer, but got '" + op.operand(0).type() + "'");
        }
      })
      .syntax(new Syntax())
      .implement(OpSemantics.class, (op, operands, interpreter) -> {
        if (!(Boolean) operands.get(0)) {
          throw new InterpreterException(InterpreterException.Kind.ASSERTION_FAILED, op,
              "assertion failed: " + op.attribute(MSG, StringAttr.class).value());
        }
        return Outcome.NONE;
      })
      .build();

  private AssertOp() {}

  public static Operation create(OpBuilder builder, Value condition, String message, Location location) {
    return builder.create(new OperationState(NAME, location).addOperand(condition).addAttribute(MSG, new StringAttr(message)));
  }

  /** {@code %c, "msg" {attrs}}. */
  private static final class Syntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").printOperand(op.operand(0)).print(", ").printAttribute(op.attribute(MSG, StringAttr.class));
      printer.printOptionalAttrDict(op.attributes(), Set.of(MSG));
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      state.addOperand(parser.resolveOperand(parser.parseOperand(), IntegerType.I1));
      parser.parsePunctuation(",");
      state.addAttribute(MSG, new StringAttr(parser.parseString()));
      parser.parseOptionalAttrDict(state);
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.numOperands() == 1 && op.attribute(MSG).orElse(null) instanceof StringAttr;
    }
  }
}
