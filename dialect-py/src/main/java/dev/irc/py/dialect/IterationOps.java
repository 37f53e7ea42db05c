package dev.irc.py.dialect;

import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Iteration: {@code %it = py.iter %obj} (Python's {@code iter()}), {@code %has, %v = py.next %it}
 * (an i1 saying whether a value was produced, and the value, None when exhausted) and
 * {@code %a:2 = py.unpack %t into 2} (unpacking an iterable into exactly that many values, with
 * CPython's ValueError otherwise).
 */
public final class IterationOps {
  public static final OpDefinition ITER = OpDefinition.builder("py.iter")
      .summary("Gets an iterator of an iterable ('%it = py.iter %obj').")
      .operands(1)
      .results(1)
      .syntax(PySyntax.operands(List.of(PyObjectType.INSTANCE)))
      .build();

  public static final OpDefinition NEXT = OpDefinition.builder("py.next")
      .summary("Advances an iterator: whether it produced a value, and the value ('%has, %v = py.next %it').")
      .operands(1)
      .results(2)
      .syntax(PySyntax.operands(List.of(IntegerType.I1, PyObjectType.INSTANCE)))
      .build();

  public static final OpDefinition UNPACK = OpDefinition.builder("py.unpack")
      .summary("Unpacks an iterable into a fixed number of values ('%v:2 = py.unpack %t into 2').")
      .operands(1)
      .results(dev.irc.ir.Arity.atLeast(1))
      .verifier((op, verification) -> {
        if (op.attribute("count").orElse(null) instanceof IntegerAttr count && count.longValue() != op.numResults()) {
          verification.opError(op, "has 'count' " + count.longValue() + " but " + op.numResults() + " results");
        }
      })
      .syntax(new UnpackSyntax())
      .build();

  private IterationOps() {}

  public static Value iter(OpBuilder builder, Location location, Value iterable) {
    return builder.create(new OperationState(ITER.name(), location)
        .addOperand(iterable).addResultType(PyObjectType.INSTANCE)).result();
  }

  /** {@code py.next}: result 0 is the i1, result 1 the value. */
  public static Operation next(OpBuilder builder, Location location, Value iterator) {
    return builder.create(new OperationState(NEXT.name(), location)
        .addOperand(iterator).addResultType(IntegerType.I1).addResultType(PyObjectType.INSTANCE));
  }

  public static Operation unpack(OpBuilder builder, Location location, Value iterable, int count) {
    return builder.create(new OperationState(UNPACK.name(), location)
        .addOperand(iterable)
        .addResultTypes(Collections.nCopies(count, PyObjectType.INSTANCE)));
  }

  private static final class UnpackSyntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").printOperand(op.operand(0)).print(" into " + op.numResults());
      printer.printOptionalAttrDict(op.attributes(), Set.of("count"));
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      OpAsmParser.UnresolvedOperand operand = parser.parseOperand();
      parser.parseKeyword("into");
      int count = parser.parseInteger().intValueExact();
      if (count < 1) {
        throw parser.error("py.unpack needs at least one result");
      }
      parser.parseOptionalAttrDict(state);
      state.addOperand(parser.resolveOperand(operand, PyObjectType.INSTANCE));
      state.addResultTypes(Collections.nCopies(count, PyObjectType.INSTANCE));
    }
  }
}
