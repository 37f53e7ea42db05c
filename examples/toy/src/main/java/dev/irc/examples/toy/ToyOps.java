package dev.irc.examples.toy;

import dev.irc.ir.Attribute;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.fold.ConstantMatcher;
import dev.irc.ir.fold.FoldResult;
import dev.irc.ir.fold.OpFolder;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.interp.RuntimeValue;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.function.LongBinaryOperator;

/**
 * The four ops of the {@code toy} dialect, each declared once as an {@link OpDefinition}: its
 * shape, traits, verifier, custom syntax, folder and interpreter semantics. Every value is an
 * {@code i64}, so the custom forms write no types:
 *
 * <pre>
 *   %0 = toy.constant 6
 *   %2 = toy.mul %0, %1
 *   toy.print %2
 * </pre>
 *
 * <p>add and mul share one arithmetic kernel between the folder and the interpreter, so what
 * {@code canonicalize} computes at compile time is what the program computes when it runs.
 */
public final class ToyOps {
  /** The one type of toy values. */
  public static final Type I64 = IntegerType.I64;

  /** {@code %c = toy.constant 42}: an {@code i64} constant (the op folded values materialize as). */
  public static final OpDefinition CONSTANT = OpDefinition.builder("toy.constant")
      .summary("An i64 constant.")
      .operands(0)
      .results(1)
      .attribute(ConstantMatcher.VALUE, IntegerAttr.class)
      .traits(CoreTrait.PURE, CoreTrait.CONSTANT_LIKE)
      .verifier((op, verification) -> {
        if (!isI64Constant(op.attribute(ConstantMatcher.VALUE).orElseThrow())) {
          verification.opError(op, "requires an i64 value, but found " + op.attribute(ConstantMatcher.VALUE).orElseThrow());
        } else if (!op.result(0).type().equals(I64)) {
          verification.opError(op, "requires an i64 result, but found " + op.result(0).type());
        }
      })
      .syntax(new ConstantSyntax())
      .implement(OpSemantics.class, (op, operands, interpreter) -> Outcome.results(value(op)))
      .build();

  /** {@code %r = toy.add %a, %b}: wrapping i64 addition. */
  public static final OpDefinition ADD = binary("toy.add", "Addition of two i64 (wraps).", Long::sum);

  /** {@code %r = toy.mul %a, %b}: wrapping i64 multiplication. */
  public static final OpDefinition MUL = binary("toy.mul", "Multiplication of two i64 (wraps).", (a, b) -> a * b);

  /** {@code toy.print %x}: prints the number and a newline (to {@link ToyOutput} when interpreted). */
  public static final OpDefinition PRINT = OpDefinition.builder("toy.print")
      .summary("Prints an i64 and a newline.")
      .operands(1)
      .results(0)
      .verifier(ToyOps::requireI64Operands)
      .syntax(new OperandsSyntax(false))
      .implement(OpSemantics.class, (op, operands, interpreter) -> {
        ToyOutput.current().println(RuntimeValue.bits(operands.getFirst()));
        return Outcome.NONE;
      })
      .build();

  private ToyOps() {}

  /** Every op of the dialect. */
  public static List<OpDefinition> all() {
    return List.of(CONSTANT, ADD, MUL, PRINT);
  }

  /** The value of a {@code toy.constant}. */
  public static long value(Operation constant) {
    return constant.attribute(ConstantMatcher.VALUE, IntegerAttr.class).longValue();
  }

  /** Whether {@code value} can be the value of a {@code toy.constant}. */
  public static boolean isI64Constant(Attribute value) {
    return value instanceof IntegerAttr integer && integer.type().equals(I64);
  }

  /** The state of {@code toy.constant value}, for builders and rewriters. */
  public static OperationState constant(long value, Location location) {
    return new OperationState(CONSTANT.name(), location)
        .addAttribute(ConstantMatcher.VALUE, IntegerAttr.i64(value))
        .addResultType(I64);
  }

  private static OpDefinition binary(String name, String summary, LongBinaryOperator kernel) {
    return OpDefinition.builder(name)
        .summary(summary)
        .operands(2)
        .results(1)
        .traits(CoreTrait.PURE, CoreTrait.COMMUTATIVE)
        .verifier((op, verification) -> {
          if (requireI64Operands(op, verification) && !op.result(0).type().equals(I64)) {
            verification.opError(op, "requires an i64 result, but found " + op.result(0).type());
          }
        })
        .syntax(new OperandsSyntax(true))
        .implement(OpFolder.class, (op, constants) -> {
          if (constants.get(0) instanceof IntegerAttr a && constants.get(1) instanceof IntegerAttr b
              && isI64Constant(a) && isI64Constant(b)) {
            return List.of(FoldResult.constant(IntegerAttr.i64(kernel.applyAsLong(a.longValue(), b.longValue()))));
          }
          return List.of();
        })
        .implement(OpSemantics.class, (op, operands, interpreter) -> Outcome.results(
            kernel.applyAsLong(RuntimeValue.bits(operands.get(0)), RuntimeValue.bits(operands.get(1)))))
        .build();
  }

  /** Reports the first operand that is not an {@code i64}; returns whether all are. */
  private static boolean requireI64Operands(Operation op, Verification verification) {
    for (Value operand : op.operands()) {
      if (!operand.type().equals(I64)) {
        verification.opError(op, "requires i64 operands, but found " + operand.type());
        return false;
      }
    }
    return true;
  }

  /** {@code {attrs} 42}: the value, whose type is always {@code i64}. */
  private static final class ConstantSyntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.printOptionalAttrDict(op.attributes(), Set.of(ConstantMatcher.VALUE));
      printer.print(" " + value(op));
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      parser.parseOptionalAttrDict(state);
      Location at = parser.currentLocation();
      BigInteger value = parser.parseInteger();
      if (value.bitLength() > 63) {
        throw new DiagnosticException(Diagnostic.error(at, "'toy.constant' value " + value + " does not fit in i64"));
      }
      state.addAttribute(ConstantMatcher.VALUE, IntegerAttr.i64(value.longValue()));
      state.addResultType(I64);
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.numResults() == 1 && op.result(0).type().equals(I64)
          && op.attribute(ConstantMatcher.VALUE).map(ToyOps::isI64Constant).orElse(false);
    }
  }

  /** {@code %a, %b {attrs}}: i64 operands, and one i64 result when {@code hasResult}. */
  private record OperandsSyntax(boolean hasResult) implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").printOperands(op.operands());
      printer.printOptionalAttrDict(op.attributes(), Set.of());
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      List<OpAsmParser.UnresolvedOperand> operands = parser.parseOperandList();
      parser.parseOptionalAttrDict(state);
      parser.resolveOperands(operands, I64, state);
      if (hasResult) {
        state.addResultType(I64);
      }
    }

    @Override
    public boolean canPrint(Operation op) {
      if (op.numOperands() == 0 || op.numResults() != (hasResult ? 1 : 0)
          || hasResult && !op.result(0).type().equals(I64)) {
        return false;
      }
      for (Value operand : op.operands()) {
        if (!operand.type().equals(I64)) {
          return false;
        }
      }
      return true;
    }
  }
}
