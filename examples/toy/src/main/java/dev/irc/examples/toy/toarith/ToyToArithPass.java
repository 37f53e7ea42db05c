package dev.irc.examples.toy.toarith;

import dev.irc.dialect.arith.ArithDialect;
import dev.irc.dialect.arith.ConstantOp;
import dev.irc.dialect.arith.IntegerOps;
import dev.irc.dialect.func.CallOp;
import dev.irc.dialect.func.FuncDialect;
import dev.irc.dialect.func.FuncOp;
import dev.irc.examples.toy.ToyOps;
import dev.irc.ir.Block;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.fold.ConstantMatcher;
import dev.irc.passes.Pass;
import dev.irc.passes.PassExecution;
import dev.irc.passes.PassStatistic;
import dev.irc.passes.rewrite.ConversionPattern;
import dev.irc.passes.rewrite.ConversionTarget;
import dev.irc.passes.rewrite.DialectConversion;
import dev.irc.passes.rewrite.FrozenPatternSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code toy-to-arith}: lowers the {@code toy} dialect to {@code arith} and {@code func}, op for
 * op: {@code toy.constant} to {@code arith.constant}, {@code toy.add} to {@code arith.addi},
 * {@code toy.mul} to {@code arith.muli}, and {@code toy.print %x} to
 * {@code func.call @toy_print_i64(%x) : (i64) -> ()}, declaring
 * {@code func.func private @toy_print_i64(i64)} in the module when a print needs it.
 *
 * <p>It is a partial dialect conversion ({@link DialectConversion}): the target makes
 * {@code toy} illegal and leaves every other op alone, so toy ops may sit in any function among
 * ops of other dialects, and a toy op no pattern converts is a located
 * {@code failed to legalize operation} error instead of silently staying. Types do not change
 * ({@code i64} is {@code i64}), so the patterns have no type converter.
 */
public final class ToyToArithPass extends Pass {
  /** The runtime function a lowered {@code toy.print} calls ({@code void toy_print_i64(int64_t)}). */
  public static final String PRINT_FUNCTION = "toy_print_i64";

  /** Its signature. */
  public static final FunctionType PRINT_TYPE = new FunctionType(List.of(ToyOps.I64), List.of());

  private final PassStatistic numLowered = statistic("num-lowered", "Number of toy ops lowered");

  public ToyToArithPass() {
    super("toy-to-arith", "ToyToArith", "Lower the toy dialect to arith and func (toy.print calls @toy_print_i64)",
        ModuleOp.NAME);
  }

  @Override
  public void runOnOperation(Operation module, PassExecution execution) {
    int before = countToyOps(module);
    if (!lower(execution.context(), module, execution.diagnostics())) {
      execution.signalFailure();
      return;
    }
    numLowered.add(before);
  }

  /** Lowers the toy ops of {@code module} in place; reports problems to {@code diagnostics}, returns whether it succeeded. */
  public static boolean lower(IrContext context, Operation module, DiagnosticEngine diagnostics) {
    context.load(new ArithDialect()).load(new FuncDialect());
    if (!declarePrintFunction(context, module, diagnostics)) {
      return false;
    }
    var target = new ConversionTarget().addIllegalDialect("toy");
    return DialectConversion.applyPartialConversion(context, module, target, new FrozenPatternSet(patterns()), diagnostics);
  }

  /** The conversion patterns, one per toy op. */
  public static List<ConversionPattern> patterns() {
    var patterns = new ArrayList<ConversionPattern>();
    patterns.add(ConversionPattern.of("ToyConstantLowering", ToyOps.CONSTANT.name(), 1, null, (op, operands, rewriter) -> {
      rewriter.replaceOp(op, rewriter.create(new OperationState(ConstantOp.NAME, op.location())
          .addAttribute(ConstantMatcher.VALUE, op.attribute(ConstantMatcher.VALUE).orElseThrow())
          .addResultType(ToyOps.I64)));
      return true;
    }));
    patterns.add(oneToOne(ToyOps.ADD, IntegerOps.ADDI));
    patterns.add(oneToOne(ToyOps.MUL, IntegerOps.MULI));
    patterns.add(ConversionPattern.of("ToyPrintLowering", ToyOps.PRINT.name(), 1, null, (op, operands, rewriter) -> {
      rewriter.create(new OperationState(CallOp.NAME, op.location())
          .addAttribute(CallOp.CALLEE, SymbolRefAttr.of(PRINT_FUNCTION))
          .addOperands(operands));
      rewriter.eraseOp(op);
      return true;
    }));
    return patterns;
  }

  private static ConversionPattern oneToOne(OpDefinition from, OpDefinition to) {
    return ConversionPattern.of("Toy" + from.name().substring(4) + "Lowering", from.name(), 1, null,
        (op, operands, rewriter) -> {
          rewriter.replaceOp(op, rewriter.create(to.name(), op.location(), operands, List.of(ToyOps.I64)));
          return true;
        });
  }

  /** Adds {@code func.func private @toy_print_i64(i64)} at the top of the module if a print needs it and it is missing. */
  private static boolean declarePrintFunction(IrContext context, Operation module, DiagnosticEngine diagnostics) {
    var printSeen = new AtomicBoolean();
    module.walk(op -> printSeen.compareAndSet(false, op.name().equals(ToyOps.PRINT.name())));
    if (!printSeen.get()) {
      return true;
    }
    Operation existing = new SymbolTable(module).lookup(PRINT_FUNCTION).orElse(null);
    if (existing != null) {
      if (existing.name().equals(FuncOp.NAME) && PRINT_TYPE.equals(FuncOp.functionType(existing))) {
        return true;
      }
      diagnostics.emit(Diagnostic.error(existing.location(), "toy-to-arith: @" + PRINT_FUNCTION
          + " must be a func.func of type " + PRINT_TYPE + " to lower toy.print"));
      return false;
    }
    Block body = ModuleOp.body(module);
    Operation declaration = FuncOp.createDeclaration(PRINT_FUNCTION, PRINT_TYPE, module.location());
    if (body.isEmpty()) {
      body.append(declaration);
    } else {
      body.insertBefore(body.firstOp(), declaration);
    }
    return true;
  }

  private static int countToyOps(Operation module) {
    int[] count = {0};
    module.walk(op -> count[0] += op.dialectNamespace().equals("toy") ? 1 : 0);
    return count[0];
  }
}
