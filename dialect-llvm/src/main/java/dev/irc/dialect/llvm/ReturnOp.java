package dev.irc.dialect.llvm;

import dev.irc.ir.Arity;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.HasParent;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/** {@code llvm.return %v : i64} or {@code llvm.return}: returns from an {@code llvm.func}. */
public final class ReturnOp {
  public static final String NAME = "llvm.return";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("Returns zero or one value from an LLVM function.")
      .operands(Arity.ANY)
      .results(0)
      .traits(CoreTrait.TERMINATOR, CoreTrait.RETURN_LIKE, CoreTrait.PURE, HasParent.of(FuncOp.NAME))
      .verifier((op, verification) -> {
        LlvmFunctionType type = FuncOp.functionType(op.parentOp());
        if (op.numOperands() > 1) {
          verification.opError(op, "expects at most 1 operand, but found " + op.numOperands());
        } else if (type != null && !op.operandTypes().equals(type.results())) {
          verification.opError(op, "returns " + op.operandTypes() + " but the enclosing function returns " + type.results());
        }
      })
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          if (op.numOperands() == 1) {
            printer.print(" ").printOperand(op.operand(0));
          }
          printer.printOptionalAttrDict(op.attributes(), Set.of());
          if (op.numOperands() == 1) {
            printer.print(" : ").printType(op.operand(0).type());
          }
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
          parser.parseOptionalAttrDict(state);
          if (!operands.isEmpty()) {
            parser.resolveOperands(operands, parser.parseColonTypeList(), state);
          }
        }
      })
      .build();

  private ReturnOp() {}
}
