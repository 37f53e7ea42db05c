package dev.irc.dialect.llvm;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/** {@code %r = llvm.select %c, %a, %b : i1, i64}: {@code %a} if the condition holds, else {@code %b}. */
public final class SelectOp {
  public static final OpDefinition DEFINITION = OpDefinition.builder("llvm.select")
      .summary("Chooses between two values by an i1 condition.")
      .operands(3)
      .results(1)
      .traits(CoreTrait.PURE)
      .verifier((op, verification) -> {
        if (!op.operand(0).type().equals(IntegerType.I1)) {
          verification.opError(op, "condition must be i1, but got '" + op.operand(0).type() + "'");
        } else if (!op.operand(1).type().equals(op.result(0).type()) || !op.operand(2).type().equals(op.result(0).type())) {
          verification.opError(op, "requires both choices and the result to have the same type");
        }
      })
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          printer.print(" ").printOperands(op.operands());
          printer.printOptionalAttrDict(op.attributes(), Set.of());
          printer.print(" : ").printType(op.operand(0).type()).print(", ").printType(op.result(0).type());
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
          parser.parseOptionalAttrDict(state);
          Type condition = parser.parseColonType();
          parser.parsePunctuation(",");
          Type type = parser.parseType();
          parser.resolveOperands(operands, List.of(condition, type, type), state);
          state.addResultType(type);
        }

        @Override
        public boolean canPrint(Operation op) {
          return op.numOperands() == 3 && op.numResults() == 1;
        }
      })
      .build();

  private SelectOp() {}
}
