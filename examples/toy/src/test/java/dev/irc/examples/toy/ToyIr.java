package dev.irc.examples.toy;

import dev.irc.dialect.arith.ArithDialect;
import dev.irc.dialect.func.FuncDialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.text.AsmPrinter;
import dev.irc.ir.text.IrParser;
import dev.irc.ir.text.PrintOptions;
import dev.irc.ir.verify.Verifier;
import dev.irc.passes.PassManager;
import dev.irc.passes.PassRegistry;

/** Test IR: parsing, verifying, printing and running pipelines with func, arith and toy loaded. */
final class ToyIr {
  private ToyIr() {}

  static IrContext context() {
    return IrContext.of(new FuncDialect(), new ArithDialect(), new ToyDialect());
  }

  /** Parses {@code text} into a module without verifying it. */
  static Operation parseUnverified(IrContext context, String text) {
    return IrParser.parseModule(context, new SourceFile("test.mlir", text));
  }

  /** Parses and verifies {@code text}; fails the test with the diagnostics if it is invalid. */
  static Operation parse(IrContext context, String text) {
    Operation module = parseUnverified(context, text);
    var diagnostics = new DiagnosticEngine();
    if (!Verifier.verify(module, diagnostics)) {
      throw new AssertionError("invalid IR: " + diagnostics.diagnostics());
    }
    return module;
  }

  static String print(Operation op) {
    return AsmPrinter.printToString(op, PrintOptions.DEFAULT);
  }

  static String printGeneric(Operation op) {
    return AsmPrinter.printToString(op, new PrintOptions(true, false));
  }

  /** Runs {@code pipeline} (with every pass on the class path, toy-to-arith among them) on {@code module}. */
  static void run(IrContext context, String pipeline, Operation module) {
    var diagnostics = new DiagnosticEngine();
    if (!PassManager.parse(context, pipeline, PassRegistry.loadAvailable()).run(module, diagnostics)) {
      throw new AssertionError(pipeline + " failed: " + diagnostics.diagnostics());
    }
  }
}
