package dev.irc.dialect.testing;

import dev.irc.dialect.arith.ArithDialect;
import dev.irc.dialect.cf.CfDialect;
import dev.irc.dialect.func.FuncDialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.text.IrParser;
import dev.irc.ir.verify.Verifier;

/** Parsing and verifying test IR with the func, arith and cf dialects loaded. */
public final class TestIr {
  private TestIr() {}

  public static IrContext context() {
    return IrContext.of(new FuncDialect(), new ArithDialect(), new CfDialect());
  }

  /** Parses and verifies {@code text}; fails the test with the diagnostics if it is invalid. */
  public static Operation parse(String text) {
    Operation module = IrParser.parseModule(context(), new SourceFile("test.mlir", text));
    var diagnostics = new DiagnosticEngine();
    if (!Verifier.verify(module, diagnostics)) {
      throw new AssertionError("invalid IR: " + diagnostics.diagnostics());
    }
    return module;
  }
}
