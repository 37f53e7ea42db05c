package dev.irc.conformance.engine;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.verify.Verifier;
import dev.irc.passes.PassManager;
import dev.irc.passes.PassRegistry;
import dev.irc.py.eval.Evaluator;
import dev.irc.py.eval.PythonError;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.tools.AvailableDialects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The reference evaluator run on the py IR after a pass pipeline (e.g. {@code canonicalize,cse}):
 * compared with the evaluator on the unchanged IR, it checks that the py-level passes preserve
 * what a program computes. A pass failure or a module that no longer verifies is an
 * {@link Outcome.Kind#ENGINE_ERROR}.
 */
public final class PipelineEngine implements Engine {
  private static final PassRegistry PASSES = PassRegistry.loadAvailable();
  private final String pipeline;
  private final long timeoutMillis;

  public PipelineEngine(String pipeline, long timeoutMillis) {
    this.pipeline = pipeline;
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public String name() {
    return "interp+" + pipeline;
  }

  @Override
  public Outcome run(String fileName, String source) {
    IrContext context = AvailableDialects.newContext();
    Operation module;
    try {
      module = PythonImporter.importSource(new SourceFile(fileName, source), context);
    } catch (DiagnosticException e) {
      String message = e.diagnostics().isEmpty() ? "" : e.diagnostics().getFirst().message();
      return message.contains(" is not supported by irc")
          ? Outcome.of(Outcome.Kind.UNSUPPORTED, message)
          : Outcome.ran("", "SyntaxError: " + message, 1);
    }
    var diagnostics = new DiagnosticEngine();
    if (!PassManager.parse(context, pipeline, PASSES).run(module, diagnostics) || !Verifier.verify(module, diagnostics)) {
      return Outcome.of(Outcome.Kind.ENGINE_ERROR, "pipeline '" + pipeline + "' failed: " + diagnostics.diagnostics());
    }
    return BoundedRun.within(timeoutMillis, () -> {
      var bytes = new ByteArrayOutputStream();
      var out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
      String stderr = "";
      int code = 0;
      try {
        new Evaluator(module, out).run();
      } catch (PythonError e) {
        stderr = e.exception().lastLine();
        code = 1;
      }
      out.flush();
      return Outcome.ran(bytes.toString(StandardCharsets.UTF_8), stderr, code);
    });
  }
}
