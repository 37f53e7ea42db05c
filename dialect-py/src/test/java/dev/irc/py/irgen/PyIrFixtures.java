package dev.irc.py.irgen;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.text.AsmPrinter;
import dev.irc.ir.text.PrintOptions;
import dev.irc.ir.verify.Verifier;
import dev.irc.py.dialect.PyDialect;

/** Helpers shared by the SSA construction tests: lower Python text, print, verify. */
final class PyIrFixtures {
  private PyIrFixtures() {}

  static IrContext context() {
    return IrContext.of(PyDialect.INSTANCE);
  }

  static Operation lower(String python) {
    return PythonImporter.importSource(new SourceFile("test.py", python), context());
  }

  static String print(Operation op) {
    return AsmPrinter.printToString(op, PrintOptions.DEFAULT);
  }

  /** The verifier's diagnostics for {@code op}, or "" when it verifies. */
  static String verify(Operation op) {
    var diagnostics = new DiagnosticEngine();
    Verifier.verify(op, diagnostics);
    return diagnostics.diagnostics().toString().equals("[]") ? "" : diagnostics.diagnostics().toString();
  }
}
