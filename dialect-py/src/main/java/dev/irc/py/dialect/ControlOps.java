package dev.irc.py.dialect;

import dev.irc.ir.Arity;
import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.SuccessorOperandsCheck;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.diag.Location;
import dev.irc.ir.interfaces.UnconditionalBranch;
import dev.irc.ir.text.BranchSyntax;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Control flow inside a {@code py.func}: {@code py.br ^bb1(%v : !py.object)},
 * {@code py.cond_br %c, ^bb1(...), ^bb2(...)} on an i1 (the {@code num_true_operands} attribute
 * splits the forwarded operands between the two successors), {@code py.return %v} and
 * {@code py.assert %v[, %msg]}, which raises AssertionError when {@code %v} is false, and
 * {@code py.raise "TypeError" {message = "..."}}, which always raises.
 *
 * <p>The py dialect carries its own branches so that it is self-contained; they mean exactly
 * what {@code cf.br}/{@code cf.cond_br} mean.
 */
public final class ControlOps {
  public static final OpDefinition BR = OpDefinition.builder("py.br")
      .summary("Unconditional branch ('py.br ^bb1(%v : !py.object)').")
      .operands(Arity.ANY)
      .results(0)
      .successors(1)
      .traits(CoreTrait.TERMINATOR)
      .verifier((op, verification) -> SuccessorOperandsCheck.verify(op, 0, op.operands(), verification))
      .syntax(BranchSyntax.INSTANCE)
      .implement(UnconditionalBranch.class, (builder, dest, arguments, location) -> br(builder, location, dest, arguments))
      .build();

  public static final OpDefinition COND_BR = OpDefinition.builder("py.cond_br")
      .summary("Conditional branch on an i1 ('py.cond_br %c, ^bb1, ^bb2').")
      .operands(Arity.atLeast(1))
      .results(0)
      .successors(2)
      .attribute("num_true_operands", IntegerAttr.class)
      .traits(CoreTrait.TERMINATOR)
      .verifier((op, verification) -> {
        if (!op.operand(0).type().equals(IntegerType.I1)) {
          verification.opError(op, "requires an i1 condition, but found " + op.operand(0).type());
          return;
        }
        long trueCount = op.attribute("num_true_operands", IntegerAttr.class).longValue();
        if (trueCount < 0 || trueCount > op.numOperands() - 1) {
          verification.opError(op, "has 'num_true_operands' " + trueCount + " out of range");
          return;
        }
        SuccessorOperandsCheck.verify(op, 0, successorOperands(op, 0), verification);
        SuccessorOperandsCheck.verify(op, 1, successorOperands(op, 1), verification);
      })
      .syntax(new CondBrSyntax())
      .build();

  public static final OpDefinition RETURN = OpDefinition.builder("py.return")
      .summary("Returns a value from a py.func ('py.return %v').")
      .operands(1)
      .results(0)
      .traits(CoreTrait.TERMINATOR, CoreTrait.RETURN_LIKE)
      .syntax(PySyntax.operands(List.of()))
      .build();

  public static final OpDefinition ASSERT = OpDefinition.builder("py.assert")
      .summary("Raises AssertionError (with the optional message) if the value is false ('py.assert %v, %msg').")
      .operands(Arity.atLeast(1))
      .results(0)
      .verifier((op, verification) -> {
        if (op.numOperands() > 2) {
          verification.opError(op, "takes a value and an optional message, but found " + op.numOperands() + " operands");
        }
      })
      .syntax(PySyntax.operands(List.of()))
      .build();

  public static final OpDefinition RAISE = OpDefinition.builder("py.raise")
      .summary("Raises a Python exception the front end found certain ('%r = py.raise \"TypeError\" {message = \"...\"}').")
      .operands(0)
      .results(1)
      .attribute("type", StringAttr.class)
      .attribute("message", StringAttr.class)
      .syntax(PySyntax.string("type", false, List.of(PyObjectType.INSTANCE)))
      .build();

  private ControlOps() {}

  /**
   * {@code py.raise}: raises {@code type} with {@code message} when reached, e.g. a call with the
   * wrong arguments; its result stands for the value the failing expression would have had.
   */
  public static Value raise(OpBuilder builder, Location location, String type, String message) {
    return builder.create(new OperationState(RAISE.name(), location)
        .addAttribute("type", new StringAttr(type))
        .addAttribute("message", new StringAttr(message))
        .addResultType(PyObjectType.INSTANCE)).result();
  }

  /** The operands {@code branch} (a py.br, py.cond_br or py.try_enter) forwards to its successor {@code index}. */
  public static List<Value> successorOperands(Operation branch, int index) {
    List<Value> operands = branch.operands();
    if (branch.name().equals(BR.name())) {
      return operands;
    }
    if (!branch.name().equals(COND_BR.name())) {
      return List.of(); // py.try_enter forwards nothing
    }
    int trueCount = (int) branch.attribute("num_true_operands", IntegerAttr.class).longValue();
    return index == 0 ? operands.subList(1, 1 + trueCount) : operands.subList(1 + trueCount, operands.size());
  }

  /** Appends {@code value} to the operands {@code branch} forwards to successor {@code index}. */
  public static void appendSuccessorOperand(Operation branch, int index, Value value) {
    var operands = new ArrayList<>(branch.operands());
    if (branch.name().equals(BR.name()) || index == 1) {
      operands.add(value);
    } else {
      int trueCount = (int) branch.attribute("num_true_operands", IntegerAttr.class).longValue();
      operands.add(1 + trueCount, value);
      branch.setAttribute("num_true_operands", IntegerAttr.i64(trueCount + 1));
    }
    branch.setOperands(operands);
  }

  /** Removes the operand that {@code branch} forwards to argument {@code argument} of successor {@code index}. */
  public static void removeSuccessorOperand(Operation branch, int index, int argument) {
    var operands = new ArrayList<>(branch.operands());
    if (branch.name().equals(BR.name())) {
      operands.remove(argument);
    } else {
      int trueCount = (int) branch.attribute("num_true_operands", IntegerAttr.class).longValue();
      if (index == 0) {
        operands.remove(1 + argument);
        branch.setAttribute("num_true_operands", IntegerAttr.i64(trueCount - 1));
      } else {
        operands.remove(1 + trueCount + argument);
      }
    }
    branch.setOperands(operands);
  }

  public static Operation br(OpBuilder builder, Location location, Block target, List<Value> operands) {
    return builder.create(new OperationState(BR.name(), location).addOperands(operands).addSuccessor(target));
  }

  public static Operation condBr(OpBuilder builder, Location location, Value condition, Block whenTrue,
      List<Value> trueOperands, Block whenFalse, List<Value> falseOperands) {
    return builder.create(new OperationState(COND_BR.name(), location)
        .addOperand(condition)
        .addOperands(trueOperands)
        .addOperands(falseOperands)
        .addAttribute("num_true_operands", IntegerAttr.i64(trueOperands.size()))
        .addSuccessor(whenTrue)
        .addSuccessor(whenFalse));
  }

  public static Operation ret(OpBuilder builder, Location location, Value value) {
    return builder.create(new OperationState(RETURN.name(), location).addOperand(value));
  }

  public static Operation assertion(OpBuilder builder, Location location, Value value, Value message) {
    var state = new OperationState(ASSERT.name(), location).addOperand(value);
    if (message != null) {
      state.addOperand(message);
    }
    return builder.create(state);
  }

  private static final class CondBrSyntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").printOperand(op.operand(0)).print(", ")
          .printSuccessorAndUseList(op.successor(0), successorOperands(op, 0)).print(", ")
          .printSuccessorAndUseList(op.successor(1), successorOperands(op, 1));
      printer.printOptionalAttrDict(op.attributes(), Set.of("num_true_operands"));
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      OpAsmParser.UnresolvedOperand condition = parser.parseOperand();
      parser.parsePunctuation(",");
      OpAsmParser.SuccessorOperands whenTrue = parser.parseSuccessorAndUseList();
      parser.parsePunctuation(",");
      OpAsmParser.SuccessorOperands whenFalse = parser.parseSuccessorAndUseList();
      parser.parseOptionalAttrDict(state);
      state.addOperand(parser.resolveOperand(condition, IntegerType.I1))
          .addOperands(whenTrue.operands())
          .addOperands(whenFalse.operands())
          .addAttribute("num_true_operands", IntegerAttr.i64(whenTrue.operands().size()))
          .addSuccessor(whenTrue.block())
          .addSuccessor(whenFalse.block());
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.attribute("num_true_operands").orElse(null) instanceof IntegerAttr count
          && count.longValue() >= 0 && count.longValue() < op.numOperands();
    }
  }
}
