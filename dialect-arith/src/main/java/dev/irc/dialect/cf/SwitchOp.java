package dev.irc.dialect.cf;

import dev.irc.dialect.cf.SwitchCases.Case;
import dev.irc.dialect.cf.SwitchCases.Destinations;
import dev.irc.ir.Block;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.diag.Location;
import dev.irc.ir.fold.ConstantMatcher;
import dev.irc.ir.interfaces.BranchOpInterface;
import dev.irc.ir.interp.OpSemantics;
import dev.irc.ir.interp.Outcome;
import dev.irc.ir.interp.RuntimeValue;
import dev.irc.ir.rewrite.CanonicalizationPatterns;
import dev.irc.ir.rewrite.PatternRewriter;
import dev.irc.ir.rewrite.RewritePattern;
import dev.irc.ir.text.OpAsmParser;
import dev.irc.ir.text.OpAsmPrinter;
import dev.irc.ir.text.OpSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cf.switch %flag : i32, [default: ^bb1(%a : i32), 42: ^bb2, 43: ^bb3(%b : i32)]}: jumps
 * to the destination of the case equal to the integer flag, else to the default destination,
 * as in MLIR (layout, verifier and case-list text in {@link SwitchCases}). Canonicalization
 * turns a switch with a constant flag or without cases into a {@code cf.br} and drops cases
 * that go where the default goes.
 */
public final class SwitchOp {
  public static final String NAME = "cf.switch";

  public static final OpDefinition DEFINITION = SwitchCases.definition(NAME,
      "Jumps to the block of the case matching an integer flag, or to a default block.")
      .syntax(new Syntax())
      .implement(OpSemantics.class, (op, operands, interpreter) -> {
        int successor = SwitchCases.successorFor(op, RuntimeValue.bits(operands.getFirst()));
        return new Outcome.Branch(successor, runtimeArguments(op, successor, operands));
      })
      .implement(BranchOpInterface.class, SwitchCases.BRANCH_INTERFACE)
      .implement(CanonicalizationPatterns.class, SwitchOp::patterns)
      .build();

  private SwitchOp() {}

  public static Operation create(OpBuilder builder, Value flag, Block defaultDest, List<Value> defaultOperands,
      List<Case> cases, Location location) {
    return builder.create(SwitchCases.state(NAME, flag, new Destinations(defaultDest, defaultOperands, cases), location));
  }

  /** The runtime values of the operands passed to successor {@code successor}, out of all operands' values. */
  private static List<Object> runtimeArguments(Operation op, int successor, List<Object> operands) {
    int start = 1;
    for (int i = 0; i < successor; i++) {
      start += SwitchCases.successorOperands(op, i).size();
    }
    return operands.subList(start, start + SwitchCases.successorOperands(op, successor).size());
  }

  // ---- canonicalization -----------------------------------------------------------------------

  private static List<RewritePattern> patterns() {
    return List.of(
        RewritePattern.of("SwitchWithOnlyDefault", NAME, 1, (op, rewriter) -> op.numSuccessors() == 1
            && jump(op, 0, rewriter)),
        RewritePattern.of("SwitchOnConstantFlag", NAME, 1, (op, rewriter) ->
            ConstantMatcher.constantOf(op.operand(0)) instanceof IntegerAttr flag
                && jump(op, SwitchCases.successorFor(op, flag.value().longValue()), rewriter)),
        RewritePattern.of("DropSwitchCasesMatchingDefault", NAME, 1, SwitchOp::dropCasesMatchingDefault));
  }

  /** Replaces {@code op} by a {@code cf.br} to its successor {@code successor}. */
  private static boolean jump(Operation op, int successor, PatternRewriter rewriter) {
    rewriter.setInsertionPoint(op);
    rewriter.create(new OperationState(BranchOp.NAME, op.location())
        .addSuccessor(op.successor(successor)).addOperands(SwitchCases.successorOperands(op, successor)));
    rewriter.eraseOp(op);
    return true;
  }

  private static boolean dropCasesMatchingDefault(Operation op, PatternRewriter rewriter) {
    Destinations destinations = SwitchCases.destinations(op);
    var kept = new ArrayList<Case>();
    for (Case c : destinations.cases()) {
      if (c.dest() != destinations.defaultDest() || !c.operands().equals(destinations.defaultOperands())) {
        kept.add(c);
      }
    }
    if (kept.size() == destinations.cases().size()) {
      return false;
    }
    rewriter.setInsertionPoint(op);
    OperationState state = SwitchCases.state(NAME, op.operand(0),
        new Destinations(destinations.defaultDest(), destinations.defaultOperands(), kept), op.location());
    op.attributes().entries().forEach(entry -> {
      if (!SwitchCases.ELIDED.contains(entry.name())) {
        state.addAttribute(entry.name(), entry.value());
      }
    });
    rewriter.create(state);
    rewriter.eraseOp(op);
    return true;
  }

  // ---- syntax ---------------------------------------------------------------------------------

  /** {@code %flag : T, [default: ^bb1(%a : T), 42: ^bb2] {attrs}}, the cases one per line as MLIR prints them. */
  private static final class Syntax implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter printer) {
      IntegerType flagType = (IntegerType) op.operand(0).type();
      Destinations destinations = SwitchCases.destinations(op);
      printer.print(" ").printOperand(op.operand(0)).print(" : ").printType(flagType).print(", [");
      printer.print(SwitchCases.newline(op, 2)).print("default: ")
          .printSuccessorAndUseList(destinations.defaultDest(), destinations.defaultOperands());
      for (Case c : destinations.cases()) {
        printer.print(",").print(SwitchCases.newline(op, 2));
        SwitchCases.printCase(printer, c, flagType);
      }
      if (!destinations.cases().isEmpty()) {
        printer.print(SwitchCases.newline(op, 0));
      }
      printer.print("]");
      printer.printOptionalAttrDict(op.attributes(), SwitchCases.ELIDED);
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
      OpAsmParser.UnresolvedOperand flag = parser.parseOperand();
      IntegerType flagType = SwitchCases.parseFlagType(parser);
      Value flagValue = parser.resolveOperand(flag, flagType);
      parser.parsePunctuation(",");
      parser.parsePunctuation("[");
      parser.parseKeyword("default");
      parser.parsePunctuation(":");
      OpAsmParser.SuccessorOperands defaultDest = parser.parseSuccessorAndUseList();
      var cases = new ArrayList<Case>();
      while (parser.parseOptionalPunctuation(",")) {
        cases.add(SwitchCases.parseCase(parser, flagType));
      }
      parser.parsePunctuation("]");
      SwitchCases.addTo(state, flagValue, new Destinations(defaultDest.block(), defaultDest.operands(), cases));
      parser.parseOptionalAttrDict(state);
    }

    @Override
    public boolean canPrint(Operation op) {
      return op.numOperands() > 0 && op.operand(0).type() instanceof IntegerType(int width) && width <= 64
          && SwitchCases.isWellFormed(op);
    }
  }
}
