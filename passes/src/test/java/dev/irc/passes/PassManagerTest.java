package dev.irc.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.PrintOptions;
import dev.irc.passes.transforms.TransformPasses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassManagerTest {
  /** Records the ops it ran on; fails on ops carrying a {@code fail} attribute. */
  static final class RecordingPass extends Pass {
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    final PassStatistic runs = statistic("runs", "Number of runs");

    RecordingPass(String argument, String anchor) {
      super(argument, "Recording", "Records the ops it runs on", anchor);
    }

    @Override
    public void runOnOperation(Operation op, PassExecution execution) {
      runs.increment();
      seen.add(op.name() + dev.irc.ir.SymbolTable.symbolName(op).map(n -> "@" + n).orElse(""));
      if (op.attribute("fail").isPresent()) {
        execution.emitError(op, "failing on purpose in " + dev.irc.ir.SymbolTable.symbolName(op).orElse("?"));
      }
    }
  }

  /** Breaks the IR: appends a {@code test.add} without operands to each function. */
  static final class BreakingPass extends Pass {
    BreakingPass() {
      super("break-ir", "BreakIr", "Produces invalid IR");
    }

    @Override
    public void runOnOperation(Operation op, PassExecution execution) {
      if (op.region(0).isEmpty()) {
        op.region(0).append(new dev.irc.ir.Block());
      }
      var body = op.region(0).entryBlock();
      body.append(execution.context().create(new OperationState("test.add", Location.of("test.mlir", 9, 9))));
    }
  }

  private static final String FUNCS = """
      module {
        "test.func"() ({
          "test.effect"() : () -> ()
        }) {sym_name = "a"} : () -> ()
        "test.func"() ({
        }) {sym_name = "b", fail} : () -> ()
        "test.func"() ({
        }) {sym_name = "c", fail} : () -> ()
        "test.func"() ({
        }) {sym_name = "d"} : () -> ()
      }
      """;

  private final IrContext context = TestDialect.context();

  @Test
  void nestedPipelineRunsOnEveryMatchingChild() {
    var pass = new RecordingPass("record", null);
    var root = new OpPassManager("builtin.module");
    root.nest("test.func").addPass(pass);
    Operation module = TestDialect.parse(context, FUNCS.replace("fail", "ok"));
    assertTrue(new PassManager(context, root).run(module, new DiagnosticEngine()));
    assertEquals(Set.of("test.func@a", "test.func@b", "test.func@c", "test.func@d"), Set.copyOf(pass.seen));
    assertEquals(4, pass.runs.value());
  }

  @Test
  void failureStopsThePipelineAndDiagnosticsAreInIrOrderWithOrWithoutThreads() {
    for (boolean threading : new boolean[] {true, false}) {
      var first = new RecordingPass("first", "test.func");
      var second = new RecordingPass("second", null);
      var root = new OpPassManager("builtin.module");
      root.nest("test.func").addPass(first);
      root.addPass(second);
      var diagnostics = new DiagnosticEngine();
      boolean ok = new PassManager(context, root).enableThreading(threading)
          .run(TestDialect.parse(context, FUNCS), diagnostics);
      assertFalse(ok);
      assertEquals(List.of("failing on purpose in b", "failing on purpose in c"),
          diagnostics.diagnostics().stream().map(Diagnostic::message).toList());
      assertEquals(4, first.seen.size(), "every function still runs its nested pipeline");
      assertTrue(second.seen.isEmpty(), "the pipeline stops after a failed step");
    }
  }

  @Test
  void verifierFailureNamesThePass() {
    var root = new OpPassManager("builtin.module");
    root.nest("test.func").addPass(new BreakingPass());
    var diagnostics = new DiagnosticEngine();
    assertFalse(new PassManager(context, root).run(TestDialect.parse(context, FUNCS.replace("fail", "ok")), diagnostics));
    Diagnostic first = diagnostics.diagnostics().getFirst();
    assertEquals("'test.add' op requires 2 operands, but found 0", first.message());
    assertEquals("in IR produced by pass 'break-ir' (BreakIr)", first.notes().getFirst().message());
  }

  @Test
  void verificationCanBeTurnedOff() {
    var root = new OpPassManager("builtin.module");
    root.nest("test.func").addPass(new BreakingPass());
    assertTrue(new PassManager(context, root).enableVerifier(false)
        .run(TestDialect.parse(context, FUNCS.replace("fail", "ok")), new DiagnosticEngine()));
  }

  @Test
  void anchoredPipelineRefusesOtherOps() {
    var diagnostics = new DiagnosticEngine();
    Operation module = TestDialect.parse(context, FUNCS);
    assertFalse(new PassManager(context, new OpPassManager("test.func")).run(module, diagnostics));
    assertEquals("can't run 'test.func' pass pipeline on 'builtin.module' op", diagnostics.diagnostics().getFirst().message());
  }

  @Test
  void irPrintingIsIdenticalWithAndWithoutThreads() {
    var outputs = new ArrayList<String>();
    for (boolean threading : new boolean[] {true, false}) {
      var registry = PassRegistry.of(new TransformPasses().passes().toArray(PassRegistration[]::new));
      var pm = PassManager.parse(context, "builtin.module(test.func(cse,canonicalize))", registry);
      var log = new StringBuilder();
      pm.enableThreading(threading).setInstrumentationOutput(log::append)
          .addInstrumentation(new IrPrinting(new IrPrintingConfig(Set.of(), Set.of(), false, true, false, false,
              PrintOptions.DEFAULT)));
      assertTrue(pm.run(TestDialect.parse(context, FUNCS.replace("fail", "ok")), new DiagnosticEngine()));
      outputs.add(log.toString());
    }
    assertEquals(outputs.get(0), outputs.get(1));
    assertTrue(outputs.getFirst().startsWith("// -----// IR Dump After CSE (cse) //----- //\n\"test.func\"() ({\n"),
        outputs.getFirst());
  }

  @Test
  void crashReproducerHoldsInputAndPipeline(@TempDir Path dir) throws Exception {
    var registry = PassRegistry.of(PassRegistration.of(() -> new RecordingPass("record", null)),
        PassRegistration.of(() -> new Pass("crash", "Crash", "Throws") {
          @Override
          public void runOnOperation(Operation op, PassExecution execution) {
            throw new IllegalStateException("boom");
          }
        }));
    Path file = dir.resolve("repro.mlir");
    var pm = PassManager.parse(context, "builtin.module(record,crash)", registry).enableCrashReproducer(file);
    var diagnostics = new DiagnosticEngine();
    Operation module = TestDialect.parse(context, FUNCS);
    String input = module.toString();
    assertFalse(pm.run(module, diagnostics));
    assertEquals("pass 'crash' crashed: java.lang.IllegalStateException: boom", diagnostics.diagnostics().getFirst().message());
    assertEquals("// configuration: -p 'builtin.module(record,crash)' --allow-unregistered-dialect\n" + input,
        Files.readString(file));
  }

  @Test
  void timingReportListsNestedPipelines() {
    var registry = PassRegistry.of(new TransformPasses().passes().toArray(PassRegistration[]::new));
    var pm = PassManager.parse(context, "builtin.module(test.func(cse),symbol-dce)", registry);
    PassTimings timings = pm.enableTiming();
    assertTrue(pm.run(TestDialect.parse(context, FUNCS), new DiagnosticEngine()));
    String report = timings.report(pm.pipeline(), 0);
    assertTrue(report.matches("(?s).*\\n  ----Wall Time----  ----Name----\\n"
        + " +\\d+\\.\\d{4} \\( *\\d+\\.\\d%\\)  'builtin.module' Pipeline\\n"
        + " +\\d+\\.\\d{4} \\( *\\d+\\.\\d%\\)    'test.func' Pipeline\\n"
        + " +\\d+\\.\\d{4} \\( *\\d+\\.\\d%\\)      CSE\\n"
        + " +\\d+\\.\\d{4} \\( *\\d+\\.\\d%\\)    SymbolDCE\\n"
        + " +\\d+\\.\\d{4} \\( *\\d+\\.\\d%\\)  Rest\\n"
        + " +\\d+\\.\\d{4} \\(100\\.0%\\)  Total\\n"), report);
  }
}
