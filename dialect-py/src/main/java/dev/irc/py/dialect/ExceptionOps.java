package dev.irc.py.dialect;

import dev.irc.ir.Arity;
import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import dev.irc.py.semantics.ExceptionTypes;
import java.util.List;
import java.util.Set;

/**
 * Raising and handling Python exceptions inside a {@code py.func}, in the shape CPython's own
 * compiler gives them (a stack of handlers per frame and a stack of exceptions being handled):
 * <ul>
 *   <li>{@code py.try_enter ^body, ^handler} continues at {@code ^body} with {@code ^handler}
 *       pushed on the frame's handler stack; {@code py.try_exit} pops it on every way out of the
 *       protected code. An exception raised while the handler is on the stack pops it and
 *       transfers control to {@code ^handler}, which sees the values of the try_enter point
 *       (variables the protected code assigns live in {@code py.local_*} cells).
 *   <li>{@code %e = py.caught} (first in a handler) gives the exception and marks it as being
 *       handled; {@code py.except_end} ends its handling on every way out of the handler.
 *   <li>{@code %m = py.exception_match "ArithmeticError", %e}: whether {@code %e} is an instance of
 *       the builtin class (CPython's hierarchy, {@link ExceptionTypes}).
 *   <li>{@code py.throw %e[, %cause]}: {@code raise e [from cause]}, where {@code %e} is an
 *       exception (a call of a class as a {@code py.builtin}); the exception being handled becomes
 *       its context. {@code py.reraise}: a bare {@code raise}.
 * </ul>
 */
public final class ExceptionOps {
  public static final OpDefinition TRY_ENTER = OpDefinition.builder("py.try_enter")
      .summary("Enters protected code at ^body with ^handler catching its exceptions ('py.try_enter ^body, ^handler').")
      .operands(0)
      .results(0)
      .successors(2)
      .traits(CoreTrait.TERMINATOR)
      .syntax(new TryEnterSyntax())
      .build();

  public static final OpDefinition TRY_EXIT = OpDefinition.builder("py.try_exit")
      .summary("Leaves the innermost protected code: pops its handler ('py.try_exit').")
      .operands(0)
      .results(0)
      .syntax(PySyntax.nullary(List.of()))
      .build();

  public static final OpDefinition CAUGHT = OpDefinition.builder("py.caught")
      .summary("The exception a handler caught, now being handled ('%e = py.caught').")
      .operands(0)
      .results(1)
      .syntax(PySyntax.nullary(List.of(PyObjectType.INSTANCE)))
      .build();

  public static final OpDefinition EXCEPT_END = OpDefinition.builder("py.except_end")
      .summary("Ends the handling of the innermost exception being handled ('py.except_end').")
      .operands(0)
      .results(0)
      .syntax(PySyntax.nullary(List.of()))
      .build();

  public static final OpDefinition MATCH = OpDefinition.builder("py.exception_match")
      .summary("Whether an exception is an instance of a builtin exception class ('%m = py.exception_match \"ValueError\", %e').")
      .operands(1)
      .results(1)
      .attribute("type", StringAttr.class)
      .verifier((op, verification) -> {
        String type = op.attribute("type", StringAttr.class).value();
        if (!ExceptionTypes.isException(type)) {
          verification.opError(op, "names '" + type + "', which is not a builtin exception class");
        }
      })
      .syntax(PySyntax.string("type", false, List.of(IntegerType.I1)))
      .build();

  public static final OpDefinition THROW = OpDefinition.builder("py.throw")
      .summary("Raises an exception, with an optional cause ('py.throw %e, %cause').")
      .operands(Arity.atLeast(1))
      .results(0)
      .traits(CoreTrait.TERMINATOR)
      .verifier((op, verification) -> {
        if (op.numOperands() > 2) {
          verification.opError(op, "takes an exception and an optional cause, but found " + op.numOperands() + " operands");
        }
      })
      .syntax(PySyntax.operands(List.of()))
      .build();

  public static final OpDefinition RERAISE = OpDefinition.builder("py.reraise")
      .summary("Re-raises the exception being handled ('py.reraise'); RuntimeError if there is none.")
      .operands(0)
      .results(0)
      .traits(CoreTrait.TERMINATOR)
      .syntax(PySyntax.nullary(List.of()))
      .build();

  /** Every op of this family, for the dialect's list. */
  public static final List<OpDefinition> ALL = List.of(TRY_ENTER, TRY_EXIT, CAUGHT, EXCEPT_END, MATCH, THROW, RERAISE);

  private ExceptionOps() {}

  public static Operation tryEnter(OpBuilder builder, Location location, Block body, Block handler) {
    return builder.create(new OperationState(TRY_ENTER.name(), location).addSuccessor(body).addSuccessor(handler));
  }

  public static void tryExit(OpBuilder builder, Location location) {
    builder.create(new OperationState(TRY_EXIT.name(), location));
  }

  public static Value caught(OpBuilder builder, Location location) {
    return builder.create(new OperationState(CAUGHT.name(), location).addResultType(PyObjectType.INSTANCE)).result();
  }

  public static void exceptEnd(OpBuilder builder, Location location) {
    builder.create(new OperationState(EXCEPT_END.name(), location));
  }

  public static Value match(OpBuilder builder, Location location, Value exception, String type) {
    return builder.create(new OperationState(MATCH.name(), location)
        .addAttribute("type", new StringAttr(type))
        .addOperand(exception)
        .addResultType(IntegerType.I1)).result();
  }

  /** {@code py.throw}; {@code cause} may be null. */
  public static Operation raise(OpBuilder builder, Location location, Value exception, Value cause) {
    var state = new OperationState(THROW.name(), location).addOperand(exception);
    if (cause != null) {
      state.addOperand(cause);
    }
    return builder.create(state);
  }

  public static Operation reraise(OpBuilder builder, Location location) {
    return builder.create(new OperationState(RERAISE.name(), location));
  }

  /** The class name a {@code py.exception_match} tests. */
  public static String matchedType(Operation match) {
    return match.attribute("type", StringAttr.class).value();
  }

  /** {@code ^body, ^handler}. */
  private static final class TryEnterSyntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").printSuccessorAndUseList(op.successor(0), List.of()).print(", ")
          .printSuccessorAndUseList(op.successor(1), List.of());
      printer.printOptionalAttrDict(op.attributes(), Set.of());
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      OpAsmParser.SuccessorOperands body = parser.parseSuccessorAndUseList();
      parser.parsePunctuation(",");
      OpAsmParser.SuccessorOperands handler = parser.parseSuccessorAndUseList();
      if (!body.operands().isEmpty() || !handler.operands().isEmpty()) {
        throw parser.error("'py.try_enter' forwards no values to its successors");
      }
      parser.parseOptionalAttrDict(state);
      state.addSuccessor(body.block()).addSuccessor(handler.block());
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.numSuccessors() == 2;
    }
  }
}
