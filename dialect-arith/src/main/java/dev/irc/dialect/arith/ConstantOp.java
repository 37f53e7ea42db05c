package dev.irc.dialect.arith;

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
import dev.irc.ir.fold.ConstantMatcher;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.interp.RuntimeValue;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.Set;

/**
 * {@code %c = arith.constant 42 : i64} ({@code 1.5 : f64}, {@code true}): a scalar integer or
 * float constant whose result type is the type of its {@code value} attribute. It is the op
 * folded constants materialize as ({@link ArithDialect#materializeConstant}).
 */
public final class ConstantOp {
  public static final String NAME = "arith.constant";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("An integer or float constant.")
      .operands(0)
      .results(1)
      .attribute(ConstantMatcher.VALUE, Attribute.class)
      .traits(CoreTrait.PURE, CoreTrait.CONSTANT_LIKE)
      .verifier((op, verification) -> {
        Attribute value = op.attribute(ConstantMatcher.VALUE).orElseThrow();
        Type valueType = switch (value) {
          case IntegerAttr integer -> integer.type();
          case FloatAttr real -> real.type();
          default -> null;
        };
        if (valueType == null) {
          verification.opError(op, "value must be an integer or float attribute");
        } else if (!valueType.equals(op.result(0).type())) {
          verification.opError(op, "value type '" + valueType + "' must match result type '" + op.result(0).type() + "'");
        }
      })
      .syntax(new Syntax())
      .implement(OpSemantics.class, (op, operands, interpreter) -> {
        Attribute value = op.attribute(ConstantMatcher.VALUE).orElseThrow();
        try {
          return Outcome.results(RuntimeValue.ofAttribute(value));
        } catch (IllegalArgumentException unsupported) {
          throw InterpreterException.unsupported(op, "constant " + value + " is not supported by the interpreter");
        }
      })
      .build();

  private ConstantOp() {}

  /** Whether {@code value} can be the value of an {@code arith.constant} of {@code type}. */
  public static boolean accepts(Attribute value, Type type) {
    return switch (value) {
      case IntegerAttr integer -> integer.type().equals(type);
      case FloatAttr real -> real.type().equals(type);
      default -> false;
    };
  }

  /** Creates {@code arith.constant value} at the builder's insertion point. */
  public static Operation create(OpBuilder builder, Attribute value, Location location) {
    Type type = value instanceof IntegerAttr integer ? integer.type() : ((FloatAttr) value).type();
    return builder.create(new OperationState(NAME, location).addAttribute(ConstantMatcher.VALUE, value).addResultType(type));
  }

  /** The constant of an {@code arith.constant}. */
  public static Attribute value(Operation op) {
    return op.attribute(ConstantMatcher.VALUE).orElseThrow();
  }

  /** {@code {attrs} value}; the result type is the value's type. */
  private static final class Syntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.printOptionalAttrDict(op.attributes(), Set.of(ConstantMatcher.VALUE));
      printer.print(" ").printAttribute(value(op));
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      parser.parseOptionalAttrDict(state);
      dev.irc.ir.diag.Location at = parser.currentLocation();
      Attribute value = parser.parseAttribute();
      Type type = switch (value) {
        case IntegerAttr integer -> integer.type();
        case FloatAttr real -> real.type();
        default -> throw new dev.irc.ir.diag.DiagnosticException(dev.irc.ir.diag.Diagnostic.error(at,
            "'arith.constant' expects an integer or float value, but got " + value));
      };
      state.addAttribute(ConstantMatcher.VALUE, value);
      state.addResultType(type);
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.numResults() == 1 && op.attribute(ConstantMatcher.VALUE).map(v -> accepts(v, op.result(0).type())).orElse(false);
    }
  }
}
