package dev.irc.dialect.cf;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.SuccessorOperandsCheck;
import dev.irc.ir.Value;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.DenseArrayAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Location;
import dev.irc.ir.interfaces.BranchOpInterface;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cf.cond_br %c, ^bb1(%a : i64), ^bb2}: jumps to the first successor if the {@code i1}
 * condition is true, else to the second. The operands are the condition followed by both
 * successors' arguments; the {@code operandSegmentSizes} attribute
 * ({@code array<i32: 1, nTrue, nFalse>}, named and spelled as in MLIR) says where they split, so
 * the generic form round-trips, also through {@code mlir-opt}.
 * Use {@link #create} and {@link #setSuccessorOperands} to keep it consistent.
 */
public final class CondBranchOp {
  public static final String NAME = "cf.cond_br";
  public static final String SEGMENTS = "operandSegmentSizes";

  public static final OpDefinition DEFINITION = OpDefinition.builder(NAME)
      .summary("Jumps to one of two blocks depending on an i1 condition.")
      .operands(dev.irc.ir.Arity.atLeast(1))
      .results(0)
      .successors(2)
      .attribute(SEGMENTS, DenseArrayAttr.class)
      .traits(CoreTrait.TERMINATOR, CoreTrait.PURE)
      .verifier(CondBranchOp::verify)
      .syntax(new Syntax())
      .implement(OpSemantics.class, (op, operands, interpreter) -> {
        int trueCount = segments(op)[1];
        return (Boolean) operands.get(0)
            ? new Outcome.Branch(0, operands.subList(1, 1 + trueCount))
            : new Outcome.Branch(1, operands.subList(1 + trueCount, operands.size()));
      })
      .implement(BranchOpInterface.class, new BranchOpInterface() {
        @Override
        public List<Value> successorOperands(Operation branch, int successor) {
          return CondBranchOp.successorOperands(branch, successor);
        }

        @Override
        public void setSuccessorOperands(Operation branch, int successor, List<Value> values) {
          CondBranchOp.setSuccessorOperands(branch, successor, values);
        }

        @Override
        public Optional<Integer> successorForOperands(Operation branch, List<Attribute> constants) {
          return constants.getFirst() instanceof IntegerAttr(var value, var type) && type.equals(IntegerType.I1)
              ? Optional.of(value.signum() != 0 ? 0 : 1)
              : Optional.empty();
        }
      })
      .build();

  private CondBranchOp() {}

  public static Operation create(OpBuilder builder, Value condition, Block trueDest, List<Value> trueOperands,
      Block falseDest, List<Value> falseOperands, Location location) {
    var state = new OperationState(NAME, location)
        .addOperand(condition).addOperands(trueOperands).addOperands(falseOperands)
        .addSuccessor(trueDest).addSuccessor(falseDest)
        .addAttribute(SEGMENTS, segmentsAttribute(trueOperands.size(), falseOperands.size()));
    return builder.create(state);
  }

  public static Value condition(Operation op) {
    return op.operand(0);
  }

  /** The values passed to successor {@code successor} (0: true, 1: false). */
  public static List<Value> successorOperands(Operation op, int successor) {
    int trueCount = segments(op)[1];
    List<Value> operands = op.operands();
    return successor == 0 ? operands.subList(1, 1 + trueCount) : operands.subList(1 + trueCount, operands.size());
  }

  /** Replaces the values passed to successor {@code successor}, keeping the segment sizes in step. */
  public static void setSuccessorOperands(Operation op, int successor, List<Value> values) {
    List<Value> trueOperands = successor == 0 ? values : successorOperands(op, 0);
    List<Value> falseOperands = successor == 1 ? values : successorOperands(op, 1);
    var all = new ArrayList<Value>();
    all.add(condition(op));
    all.addAll(trueOperands);
    all.addAll(falseOperands);
    op.setOperands(all);
    op.setAttribute(SEGMENTS, segmentsAttribute(trueOperands.size(), falseOperands.size()));
  }

  static DenseArrayAttr segmentsAttribute(int trueCount, int falseCount) {
    return DenseArrayAttr.i32(1, trueCount, falseCount);
  }

  /** {@code [1, nTrue, nFalse]}, or null if the attribute is malformed. */
  private static int[] segments(Operation op) {
    if (!(op.attribute(SEGMENTS).orElse(null) instanceof DenseArrayAttr segments)
        || !segments.elementType().equals(IntegerType.I32) || segments.size() != 3) {
      return null;
    }
    int[] sizes = new int[3];
    for (int i = 0; i < 3; i++) {
      if (segments.get(i) < 0) {
        return null;
      }
      sizes[i] = (int) segments.get(i);
    }
    return sizes;
  }

  private static void verify(Operation op, Verification verification) {
    int[] sizes = segments(op);
    if (sizes == null || sizes[0] != 1) {
      verification.opError(op, "attribute 'operandSegmentSizes' must be three non-negative i32 sizes, the first 1");
      return;
    }
    int total = sizes[0] + sizes[1] + sizes[2];
    if (total != op.numOperands()) {
      verification.opError(op, "operand count (" + op.numOperands() + ") does not match with the total size ("
          + total + ") specified in attribute 'operandSegmentSizes'");
      return;
    }
    if (!condition(op).type().equals(IntegerType.I1)) {
      verification.opError(op, "operand #0 must be 1-bit signless integer, but got '" + condition(op).type() + "'");
      return;
    }
    if (SuccessorOperandsCheck.verify(op, 0, successorOperands(op, 0), verification)) {
      SuccessorOperandsCheck.verify(op, 1, successorOperands(op, 1), verification);
    }
  }

  /** {@code %c, ^bb1(%a : T), ^bb2 {attrs}}. */
  private static final class Syntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      printer.print(" ").printOperand(condition(op)).print(", ");
      printer.printSuccessorAndUseList(op.successor(0), successorOperands(op, 0)).print(", ");
      printer.printSuccessorAndUseList(op.successor(1), successorOperands(op, 1));
      printer.printOptionalAttrDict(op.attributes(), Set.of(SEGMENTS));
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      OpAsmParser.UnresolvedOperand condition = parser.parseOperand();
      state.addOperand(parser.resolveOperand(condition, IntegerType.I1));
      parser.parsePunctuation(",");
      OpAsmParser.SuccessorOperands trueDest = parser.parseSuccessorAndUseList();
      parser.parsePunctuation(",");
      OpAsmParser.SuccessorOperands falseDest = parser.parseSuccessorAndUseList();
      state.addOperands(trueDest.operands()).addOperands(falseDest.operands());
      state.addSuccessor(trueDest.block()).addSuccessor(falseDest.block());
      state.addAttribute(SEGMENTS, segmentsAttribute(trueDest.operands().size(), falseDest.operands().size()));
      parser.parseOptionalAttrDict(state);
    }

    @Override
    public boolean canPrint(Operation op) {
      int[] sizes = segments(op);
      return op.numSuccessors() == 2 && sizes != null && sizes[0] == 1
          && sizes[0] + sizes[1] + sizes[2] == op.numOperands();
    }
  }
}
