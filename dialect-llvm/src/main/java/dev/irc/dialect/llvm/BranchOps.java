package dev.irc.dialect.llvm;

import dev.irc.dialect.cf.SwitchCases;
import dev.irc.ir.Arity;
import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.SuccessorOperandsCheck;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.Verification;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Location;
import dev.irc.ir.interfaces.BranchOpInterface;
import dev.irc.ir.text.BranchSyntax;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * LLVM's terminators: {@code llvm.br ^bb1(%x : i64)}, {@code llvm.cond_br %c, ^bb1, ^bb2(%y : i64)}
 * (whose {@code operandSegmentSizes} {@code [1, nTrue, nFalse]} splits the operands, as in MLIR),
 * {@code llvm.switch %v : i32, ^bb1 [1: ^bb2(%x : i32), 2: ^bb3]} (laid out as {@code cf.switch},
 * see {@link SwitchCases}) and {@code llvm.unreachable}. Block arguments become phi nodes in
 * translation.
 */
public final class BranchOps {
  public static final String SEGMENTS = "operandSegmentSizes";
  private static final String SWITCH_NAME = "llvm.switch";

  public static final OpDefinition BR = OpDefinition.builder("llvm.br")
      .summary("Jumps to a block, passing values to its arguments.")
      .results(0)
      .successors(1)
      .traits(CoreTrait.TERMINATOR, CoreTrait.PURE)
      .verifier((op, verification) -> SuccessorOperandsCheck.verify(op, 0, op.operands(), verification))
      .syntax(BranchSyntax.INSTANCE)
      .build();

  public static final OpDefinition COND_BR = OpDefinition.builder("llvm.cond_br")
      .summary("Jumps to one of two blocks by an i1 condition.")
      .operands(Arity.atLeast(1))
      .results(0)
      .successors(2)
      .attribute(SEGMENTS, ArrayAttr.class)
      .traits(CoreTrait.TERMINATOR, CoreTrait.PURE)
      .verifier(BranchOps::verifyCondBr)
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          printer.print(" ").printOperand(op.operand(0)).print(", ");
          printer.printSuccessorAndUseList(op.successor(0), successorOperands(op, 0)).print(", ");
          printer.printSuccessorAndUseList(op.successor(1), successorOperands(op, 1));
          printer.printOptionalAttrDict(op.attributes(), Set.of(SEGMENTS));
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          state.addOperand(parser.resolveOperand(parser.parseOperand(), IntegerType.I1));
          parser.parsePunctuation(",");
          OpAsmParser.SuccessorOperands onTrue = parser.parseSuccessorAndUseList();
          parser.parsePunctuation(",");
          OpAsmParser.SuccessorOperands onFalse = parser.parseSuccessorAndUseList();
          state.addOperands(onTrue.operands()).addOperands(onFalse.operands());
          state.addSuccessor(onTrue.block()).addSuccessor(onFalse.block());
          state.addAttribute(SEGMENTS, segments(onTrue.operands().size(), onFalse.operands().size()));
          parser.parseOptionalAttrDict(state);
        }

        @Override
        public boolean canPrint(Operation op) {
          return segmentSizes(op) != null;
        }
      })
      .build();

  public static final OpDefinition SWITCH = SwitchCases.definition(SWITCH_NAME,
      "Jumps to the block of the case matching an integer value, or to a default block.")
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          IntegerType flagType = (IntegerType) op.operand(0).type();
          SwitchCases.Destinations destinations = SwitchCases.destinations(op);
          printer.print(" ").printOperand(op.operand(0)).print(" : ").printType(flagType).print(", ");
          printer.printSuccessorAndUseList(destinations.defaultDest(), destinations.defaultOperands()).print(" [");
          List<SwitchCases.Case> cases = destinations.cases();
          for (int i = 0; i < cases.size(); i++) {
            printer.print(i > 0 ? "," : "").print(SwitchCases.newline(op, 2));
            SwitchCases.printCase(printer, cases.get(i), flagType);
          }
          printer.print(SwitchCases.newline(op, 0)).print("]");
          printer.printOptionalAttrDict(op.attributes(), SwitchCases.ELIDED);
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          OpAsmParser.UnresolvedOperand flag = parser.parseOperand();
          IntegerType flagType = SwitchCases.parseFlagType(parser);
          Value flagValue = parser.resolveOperand(flag, flagType);
          parser.parsePunctuation(",");
          OpAsmParser.SuccessorOperands defaultDest = parser.parseSuccessorAndUseList();
          parser.parsePunctuation("[");
          var cases = new ArrayList<SwitchCases.Case>();
          if (!parser.parseOptionalPunctuation("]")) {
            do {
              cases.add(SwitchCases.parseCase(parser, flagType));
            } while (parser.parseOptionalPunctuation(","));
            parser.parsePunctuation("]");
          }
          SwitchCases.addTo(state, flagValue,
              new SwitchCases.Destinations(defaultDest.block(), defaultDest.operands(), cases));
          parser.parseOptionalAttrDict(state);
        }

        @Override
        public boolean canPrint(Operation op) {
          return op.numOperands() > 0 && op.operand(0).type() instanceof IntegerType(int width) && width <= 64
              && SwitchCases.isWellFormed(op);
        }
      })
      .implement(BranchOpInterface.class, SwitchCases.BRANCH_INTERFACE)
      .build();

  public static final OpDefinition UNREACHABLE = OpDefinition.builder("llvm.unreachable")
      .summary("Marks a point control never reaches.")
      .operands(0)
      .results(0)
      .traits(CoreTrait.TERMINATOR)
      .syntax(new OpSyntax() {
        @Override
        public void print(Operation op, OpAsmPrinter printer) {
          printer.printOptionalAttrDict(op.attributes(), Set.of());
        }

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
          parser.parseOptionalAttrDict(state);
        }
      })
      .build();

  private BranchOps() {}

  static List<OpDefinition> all() {
    return List.of(BR, COND_BR, SWITCH, UNREACHABLE);
  }

  public static Operation createBr(OpBuilder builder, Block dest, List<Value> arguments, Location location) {
    return builder.create(new OperationState(BR.name(), location).addSuccessor(dest).addOperands(arguments));
  }

  public static Operation createCondBr(OpBuilder builder, Value condition, Block onTrue, List<Value> trueOperands,
      Block onFalse, List<Value> falseOperands, Location location) {
    return builder.create(new OperationState(COND_BR.name(), location)
        .addOperand(condition).addOperands(trueOperands).addOperands(falseOperands)
        .addSuccessor(onTrue).addSuccessor(onFalse)
        .addAttribute(SEGMENTS, segments(trueOperands.size(), falseOperands.size())));
  }

  /** Creates {@code llvm.switch} on {@code flag} (an integer of at most 64 bits) to {@code destinations}. */
  public static Operation createSwitch(OpBuilder builder, Value flag, SwitchCases.Destinations destinations,
      Location location) {
    return builder.create(SwitchCases.state(SWITCH_NAME, flag, destinations, location));
  }

  /** The values an {@code llvm.br}, {@code llvm.cond_br} or {@code llvm.switch} passes to successor {@code index}. */
  public static List<Value> successorOperands(Operation op, int index) {
    if (op.name().equals(BR.name())) {
      return op.operands();
    }
    if (op.name().equals(SWITCH_NAME)) {
      return SwitchCases.successorOperands(op, index);
    }
    int trueCount = segmentSizes(op)[1];
    List<Value> operands = op.operands();
    return index == 0 ? operands.subList(1, 1 + trueCount) : operands.subList(1 + trueCount, operands.size());
  }

  private static ArrayAttr segments(int trueCount, int falseCount) {
    return new ArrayAttr(List.of(IntegerAttr.of(1, IntegerType.I32), IntegerAttr.of(trueCount, IntegerType.I32),
        IntegerAttr.of(falseCount, IntegerType.I32)));
  }

  /** {@code [1, nTrue, nFalse]} when well formed and consistent with the operand count, else null. */
  private static int[] segmentSizes(Operation op) {
    if (!(op.attribute(SEGMENTS).orElse(null) instanceof ArrayAttr(List<Attribute> elements)) || elements.size() != 3) {
      return null;
    }
    int[] sizes = new int[3];
    for (int i = 0; i < 3; i++) {
      if (!(elements.get(i) instanceof IntegerAttr(var value, Type type)) || !type.equals(IntegerType.I32)
          || value.signum() < 0 || value.bitLength() > 31) {
        return null;
      }
      sizes[i] = value.intValue();
    }
    return sizes[0] == 1 && sizes[0] + sizes[1] + sizes[2] == op.numOperands() ? sizes : null;
  }

  private static void verifyCondBr(Operation op, Verification verification) {
    if (segmentSizes(op) == null) {
      verification.opError(op, "attribute 'operandSegmentSizes' must be [1, nTrue, nFalse] matching the operands");
    } else if (!op.operand(0).type().equals(IntegerType.I1)) {
      verification.opError(op, "condition must be i1, but got '" + op.operand(0).type() + "'");
    } else if (SuccessorOperandsCheck.verify(op, 0, successorOperands(op, 0), verification)) {
      SuccessorOperandsCheck.verify(op, 1, successorOperands(op, 1), verification);
    }
  }

}
