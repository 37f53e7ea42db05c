package dev.irc.py.dialect;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.UnitAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.math.BigInteger;
import java.util.Set;

/**
 * {@code %0 = py.constant 42 : i64}: a Python constant. The {@code value} attribute encodes the
 * Python type: an integer attribute of a signed width that holds it (i64, else a multiple of 64
 * bits) is an int, {@code true}/{@code false} (i1) a bool, an f64 float attribute a float,
 * {@code unit} None and a string attribute a str.
 */
public final class ConstantOp {
  public static final String NAME = "py.constant";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("A Python constant (int, bool, float, None or str).")
      .operands(0)
      .results(1)
      .attribute("value", Attribute.class)
      .traits(CoreTrait.PURE, CoreTrait.CONSTANT_LIKE)
      .verifier((op, verification) -> {
        if (!isValidValue(op.attribute("value").orElseThrow())) {
          verification.opError(op, "requires 'value' to be an integer, bool, f64 float, unit or string attribute");
        }
      })
      .syntax(new Syntax())
      .build();

  private ConstantOp() {}

  /** Whether {@code value} is an attribute encoding a Python constant. */
  public static boolean isValidValue(Attribute value) {
    return switch (value) {
      case IntegerAttr(BigInteger v, IntegerType(int width)) -> width == 1 || (width % 64 == 0 && v.bitLength() < width);
      case FloatAttr(double v, FloatType(int width)) -> width == 64;
      case UnitAttr u -> true;
      case StringAttr s -> true;
      default -> false;
    };
  }

  /** The attribute encoding a Python int: i64, or the narrowest multiple of 64 bits that holds it. */
  public static IntegerAttr intAttribute(BigInteger value) {
    int width = Math.max(64, (value.bitLength() + 1 + 63) / 64 * 64);
    return new IntegerAttr(value, new IntegerType(width));
  }

  /** Creates {@code py.constant value} at the builder's insertion point; returns its result. */
  public static Value create(OpBuilder builder, Location location, Attribute value) {
    Operation op = builder.create(new OperationState(NAME, location)
        .addAttribute("value", value)
        .addResultType(PyObjectType.INSTANCE));
    return op.result();
  }

  /** The {@code value} attribute of a constant op. */
  public static Attribute value(Operation op) {
    return op.attribute("value").orElseThrow();
  }

  private static final class Syntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").printAttribute(value(op));
      printer.printOptionalAttrDict(op.attributes(), Set.of("value"));
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      state.addAttribute("value", parser.parseAttribute());
      parser.parseOptionalAttrDict(state);
      state.addResultType(PyObjectType.INSTANCE);
    }
  }
}
