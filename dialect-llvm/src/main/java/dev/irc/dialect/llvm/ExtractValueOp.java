package dev.irc.dialect.llvm;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.DenseArrayAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code %r = llvm.extractvalue %s[0] : !llvm.struct<(i64, i1)>}: an element of a struct or
 * array value; the result type follows from the position. The {@code position} is a dense array
 * of {@code i64} ({@code array<i64: 0>}), as in MLIR; the position helpers here are shared with
 * {@link InsertValueOp}.
 */
public final class ExtractValueOp {
  public static final String NAME = "llvm.extractvalue";
  public static final String POSITION = "position";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("Extracts an element of an aggregate value.")
      .operands(1)
      .results(1)
      .attribute(POSITION, DenseArrayAttr.class)
      .traits(CoreTrait.PURE)
      .verifier((op, verification) -> {
        List<Long> position = position(op);
        Type element = position == null ? null : elementType(op.operand(0).type(), position);
        if (element == null) {
          verification.opError(op, "position " + op.attribute(POSITION).orElseThrow() + " is not valid in '" + op.operand(0).type() + "'");
        } else if (!element.equals(op.result(0).type())) {
          verification.opError(op, "result type '" + op.result(0).type() + "' does not match the element type '" + element + "'");
        }
      })
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          printer.print(" ").printOperand(op.operand(0));
          printPosition(printer, position(op));
          printer.printOptionalAttrDict(op.attributes(), Set.of(POSITION));
          printer.print(" : ").printType(op.operand(0).type());
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          OpAsmParser.UnresolvedOperand aggregate = parser.parseOperand();
          List<Long> position = parsePosition(parser);
          parser.parseOptionalAttrDict(state);
          parser.parsePunctuation(":");
          Location typeLocation = parser.currentLocation();
          Type type = parser.parseType();
          Type element = elementType(type, position);
          if (element == null) {
            throw new DiagnosticException(Diagnostic.error(typeLocation,
                "position " + position + " is not valid in '" + type + "'"));
          }
          state.addOperand(parser.resolveOperand(aggregate, type));
          state.addAttribute(POSITION, positionAttribute(position));
          state.addResultType(element);
        }

        @Override
        public boolean canPrint(Operation op) {
          return position(op) != null;
        }
      })
      .build();

  private ExtractValueOp() {}

  public static Operation create(OpBuilder builder, Value aggregate, int index, Location location) {
    List<Long> position = List.of((long) index);
    return builder.create(new OperationState(NAME, location).addOperand(aggregate)
        .addAttribute(POSITION, positionAttribute(position)).addResultType(elementType(aggregate.type(), position)));
  }

  /** The indices of {@code op}'s position (an extractvalue or insertvalue), or null when malformed. */
  public static List<Long> position(Operation op) {
    return op.attribute(POSITION).orElse(null) instanceof DenseArrayAttr(IntegerType type, List<Long> indices)
        && type.equals(IntegerType.I64) && !indices.isEmpty() ? indices : null;
  }

  static DenseArrayAttr positionAttribute(List<Long> position) {
    return new DenseArrayAttr(IntegerType.I64, position);
  }

  /** {@code [1, 0]}. */
  static void printPosition(OpAsmPrinter printer, List<Long> position) {
    printer.print("[");
    for (int i = 0; i < position.size(); i++) {
      printer.print((i > 0 ? ", " : "") + position.get(i));
    }
    printer.print("]");
  }

  /** {@code [1, 0]}: at least one index. */
  static List<Long> parsePosition(OpAsmParser parser) {
    parser.parsePunctuation("[");
    var position = new ArrayList<Long>();
    do {
      position.add(parser.parseInteger().longValueExact());
    } while (parser.parseOptionalPunctuation(","));
    parser.parsePunctuation("]");
    return position;
  }

  /** The type at {@code position} inside {@code type}, or null if the position does not exist. */
  public static Type elementType(Type type, List<Long> position) {
    Type current = type;
    for (long index : position) {
      current = switch (current) {
        case LlvmStructType(List<Type> elements) when index >= 0 && index < elements.size() -> elements.get((int) index);
        case LlvmArrayType(long size, Type element) when index >= 0 && index < size -> element;
        default -> null;
      };
      if (current == null) {
        return null;
      }
    }
    return current;
  }
}
