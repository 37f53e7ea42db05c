package dev.irc.dialect.llvm;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.DenseArrayAttr;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.List;
import java.util.Set;

/**
 * {@code %r = llvm.insertvalue %v, %s[0] : !llvm.struct<(i64, i1)>}: the struct or array value
 * {@code %s} with the element at the position replaced by {@code %v}, as in MLIR (operands: the
 * container, then the value; the position as in {@link ExtractValueOp}). Lowered functions with
 * several results build their returned struct with it.
 */
public final class InsertValueOp {
  public static final String NAME = "llvm.insertvalue";
  public static final String POSITION = ExtractValueOp.POSITION;

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("Replaces an element of an aggregate value.")
      .operands(2)
      .results(1)
      .attribute(POSITION, DenseArrayAttr.class)
      .traits(CoreTrait.PURE)
      .verifier((op, verification) -> {
        List<Long> position = ExtractValueOp.position(op);
        Type element = position == null ? null : ExtractValueOp.elementType(op.operand(0).type(), position);
        if (element == null) {
          verification.opError(op, "position " + op.attribute(POSITION).orElseThrow() + " is not valid in '"
              + op.operand(0).type() + "'");
        } else if (!element.equals(op.operand(1).type())) {
          verification.opError(op, "value type '" + op.operand(1).type() + "' does not match the element type '"
              + element + "'");
        } else if (!op.result(0).type().equals(op.operand(0).type())) {
          verification.opError(op, "result type '" + op.result(0).type() + "' does not match the container type '"
              + op.operand(0).type() + "'");
        }
      })
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          printer.print(" ").printOperand(op.operand(1)).print(", ").printOperand(op.operand(0));
          ExtractValueOp.printPosition(printer, ExtractValueOp.position(op));
          printer.printOptionalAttrDict(op.attributes(), Set.of(POSITION));
          printer.print(" : ").printType(op.operand(0).type());
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          OpAsmParser.UnresolvedOperand value = parser.parseOperand();
          parser.parsePunctuation(",");
          OpAsmParser.UnresolvedOperand container = parser.parseOperand();
          List<Long> position = ExtractValueOp.parsePosition(parser);
          parser.parseOptionalAttrDict(state);
          parser.parsePunctuation(":");
          Location typeLocation = parser.currentLocation();
          Type type = parser.parseType();
          Type element = ExtractValueOp.elementType(type, position);
          if (element == null) {
            throw new DiagnosticException(Diagnostic.error(typeLocation,
                "position " + position + " is not valid in '" + type + "'"));
          }
          state.addOperand(parser.resolveOperand(container, type)).addOperand(parser.resolveOperand(value, element));
          state.addAttribute(POSITION, ExtractValueOp.positionAttribute(position));
          state.addResultType(type);
        }

        @Override
        public boolean canPrint(Operation op) {
          return ExtractValueOp.position(op) != null && op.result(0).type().equals(op.operand(0).type());
        }
      })
      .build();

  private InsertValueOp() {}

  /** Creates {@code llvm.insertvalue value, container[index]}. */
  public static Operation create(OpBuilder builder, Value container, Value value, int index, Location location) {
    return builder.create(new OperationState(NAME, location).addOperand(container).addOperand(value)
        .addAttribute(POSITION, ExtractValueOp.positionAttribute(List.of((long) index)))
        .addResultType(container.type()));
  }
}
