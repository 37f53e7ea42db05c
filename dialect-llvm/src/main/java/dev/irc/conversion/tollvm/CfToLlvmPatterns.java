package dev.irc.conversion.tollvm;

import dev.irc.dialect.cf.AssertOp;
import dev.irc.dialect.cf.BranchOp;
import dev.irc.dialect.cf.CondBranchOp;
import dev.irc.dialect.cf.SwitchCases;
import dev.irc.dialect.cf.SwitchOp;
import dev.irc.dialect.llvm.BranchOps;
import dev.irc.dialect.llvm.CallOp;
import dev.irc.dialect.llvm.FuncOp;
import dev.irc.dialect.llvm.LlvmFunctionType;
import dev.irc.dialect.llvm.LlvmVoidType;
import dev.irc.ir.Block;
import dev.irc.ir.Operation;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.passes.rewrite.ConversionPattern;
import dev.irc.passes.rewrite.TypeConverter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cf} to {@code llvm}: branches and switches map one to one (block arguments stay block
 * arguments; translation makes them phis), and {@code cf.assert} splits its block, branching to a block
 * that calls libc's {@code abort} when the condition is false.
 */
final class CfToLlvmPatterns {
  static final String ABORT = "abort";

  private CfToLlvmPatterns() {}

  static List<ConversionPattern> create(TypeConverter types) {
    return List.of(
        ConversionPattern.of("BranchOpLowering", BranchOp.NAME, 1, types, (op, operands, rewriter) -> {
          BranchOps.createBr(rewriter.toBuilder(), op.successor(0), operands, op.location());
          rewriter.eraseOp(op);
          return true;
        }),
        ConversionPattern.of("CondBranchOpLowering", CondBranchOp.NAME, 1, types, (op, operands, rewriter) -> {
          int trueCount = CondBranchOp.successorOperands(op, 0).size();
          List<Value> trueOperands = operands.subList(1, 1 + trueCount);
          List<Value> falseOperands = operands.subList(1 + trueCount, operands.size());
          BranchOps.createCondBr(rewriter.toBuilder(), operands.getFirst(), op.successor(0), trueOperands,
              op.successor(1), falseOperands, op.location());
          rewriter.eraseOp(op);
          return true;
        }),
        ConversionPattern.of("SwitchOpLowering", SwitchOp.NAME, 1, types, (op, operands, rewriter) -> {
          var passed = new ArrayList<List<Value>>();
          int start = 1;
          for (int i = 0; i < op.numSuccessors(); i++) {
            int count = SwitchCases.successorOperands(op, i).size();
            passed.add(operands.subList(start, start + count));
            start += count;
          }
          var cases = new ArrayList<SwitchCases.Case>();
          List<Long> values = SwitchCases.caseValues(op);
          for (int i = 0; i < values.size(); i++) {
            cases.add(new SwitchCases.Case(values.get(i), op.successor(i + 1), passed.get(i + 1)));
          }
          BranchOps.createSwitch(rewriter.toBuilder(), operands.getFirst(),
              new SwitchCases.Destinations(op.successor(0), passed.getFirst(), cases), op.location());
          rewriter.eraseOp(op);
          return true;
        }),
        ConversionPattern.of("AssertOpLowering", AssertOp.NAME, 1, types, (op, operands, rewriter) -> {
          Operation module = enclosingModule(op);
          if (module == null) {
            return rewriter.notifyMatchFailure(op, "cf.assert outside a module cannot declare 'abort'");
          }
          declareAbort(module);
          Block before = op.parentBlock();
          Block after = rewriter.splitBlock(before, op.nextOp());
          Block failure = new Block();
          before.parent().insertAfter(before, failure);
          rewriter.setInsertionPointToEnd(failure);
          CallOp.create(rewriter.toBuilder(), ABORT, List.of(), List.of(), op.location());
          rewriter.create(BranchOps.UNREACHABLE.name(), op.location(), List.of(), List.of());
          rewriter.setInsertionPoint(op);
          BranchOps.createCondBr(rewriter.toBuilder(), operands.getFirst(), after, List.of(), failure, List.of(),
              op.location());
          rewriter.eraseOp(op);
          return true;
        }));
  }

  private static Operation enclosingModule(Operation op) {
    Operation current = op.parentOp();
    while (current != null && !current.name().equals(ModuleOp.NAME)) {
      current = current.parentOp();
    }
    return current;
  }

  private static void declareAbort(Operation module) {
    if (SymbolTable.lookupNearest(ModuleOp.body(module).firstOp() == null ? module : ModuleOp.body(module).firstOp(),
        SymbolRefAttr.of(ABORT)).isPresent()) {
      return;
    }
    var declaration = FuncOp.createDeclaration(ABORT, new LlvmFunctionType(LlvmVoidType.INSTANCE, List.of(), false),
        module.location());
    Block body = ModuleOp.body(module);
    body.insertBefore(body.firstOp(), declaration);
  }
}
