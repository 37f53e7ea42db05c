package dev.irc.conversion.tollvm;

import dev.irc.dialect.llvm.LlvmDialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.BuiltinDialect;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.passes.Pass;
import dev.irc.passes.PassExecution;
import dev.irc.passes.rewrite.ConversionPattern;
import dev.irc.passes.rewrite.ConversionTarget;
import dev.irc.passes.rewrite.DialectConversion;
import dev.irc.passes.rewrite.FrozenPatternSet;
import dev.irc.passes.rewrite.TypeConverter;
import java.util.ArrayList;

/**
 * {@code convert-to-llvm}: lowers a module of {@code func}, {@code arith} and {@code cf} to the
 * {@code llvm} dialect with the dialect-conversion driver (a full conversion: every op must end
 * up in {@code llvm} or {@code builtin}), ready for translation to LLVM IR.
 */
public final class ConvertToLlvmPass extends Pass {
  public ConvertToLlvmPass() {
    super("convert-to-llvm", "ConvertToLLVMPass", "Lower func, arith and cf to the llvm dialect", ModuleOp.NAME);
  }

  @Override
  public void runOnOperation(Operation op, PassExecution execution) {
    if (!convert(execution.context(), op, execution.diagnostics())) {
      execution.signalFailure();
    }
  }

  /** Lowers {@code module} in place; reports failures to {@code diagnostics} and returns whether it succeeded. */
  public static boolean convert(IrContext context, Operation module, DiagnosticEngine diagnostics) {
    context.load(new LlvmDialect());
    TypeConverter types = LlvmTypeConverter.create();
    var patterns = new ArrayList<ConversionPattern>();
    patterns.addAll(FuncToLlvmPatterns.create(types));
    patterns.addAll(ArithToLlvmPatterns.create(types));
    patterns.addAll(CfToLlvmPatterns.create(types));
    var target = new ConversionTarget()
        .addLegalDialect("llvm")
        .addLegalOp(ModuleOp.NAME, BuiltinDialect.UNREALIZED_CONVERSION_CAST.name());
    return DialectConversion.applyFullConversion(context, module, target, new FrozenPatternSet(patterns), diagnostics);
  }
}
