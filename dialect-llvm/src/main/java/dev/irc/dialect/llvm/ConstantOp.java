package dev.irc.dialect.llvm;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.Set;

/** {@code %c = llvm.mlir.constant(42 : i64) : i64}: an integer or float constant. */
public final class ConstantOp {
  public static final String NAME = "llvm.mlir.constant";
  public static final String VALUE = "value";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("An integer or float constant.")
      .operands(0)
      .results(1)
      .attribute(VALUE, Attribute.class)
      .traits(CoreTrait.PURE, CoreTrait.CONSTANT_LIKE)
      .verifier((op, verification) -> {
        Type valueType = typeOf(op.attribute(VALUE).orElseThrow());
        if (valueType == null) {
          verification.opError(op, "value must be an integer or float attribute");
        } else if (!valueType.equals(op.result(0).type())) {
          verification.opError(op, "value type '" + valueType + "' must match result type '" + op.result(0).type() + "'");
        }
      })
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          printer.print("(").printAttribute(value(op)).print(")");
          printer.printOptionalAttrDict(op.attributes(), Set.of(VALUE));
          printer.print(" : ").printType(op.result(0).type());
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          parser.parsePunctuation("(");
          state.addAttribute(VALUE, parser.parseAttribute());
          parser.parsePunctuation(")");
          parser.parseOptionalAttrDict(state);
          state.addResultType(parser.parseColonType());
        }
      })
      .build();

  private ConstantOp() {}

  /** Creates {@code llvm.mlir.constant(value)} (an integer or float attribute) at the builder's insertion point. */
  public static Operation create(OpBuilder builder, Attribute value, Location location) {
    return builder.create(new OperationState(NAME, location).addAttribute(VALUE, value).addResultType(typeOf(value)));
  }

  public static Attribute value(Operation op) {
    return op.attribute(VALUE).orElseThrow();
  }

  private static Type typeOf(Attribute value) {
    return switch (value) {
      case IntegerAttr integer -> integer.type();
      case FloatAttr real -> real.type();
      default -> null;
    };
  }
}
