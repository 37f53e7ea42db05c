package dev.irc.passes;

import dev.irc.ir.Block;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.Region;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.Location;
import dev.irc.ir.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Executes one {@link PassManager#run}: walks the pipeline, runs each pass with its
 * instrumentation, verifies after it, and fans nested pipelines out over the matching child
 * ops, in parallel when they are isolated from above. Each op processed in parallel gets its
 * own diagnostics and log buffers, replayed in IR order afterwards, so results do not depend on
 * scheduling.
 */
final class PipelineRunner {
  private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

  private final IrContext context;
  private final List<PassInstrumentation> instrumentations;
  private final boolean verifyEach;
  private final boolean threading;
  private final PassTimings timings;
  private final boolean catchCrashes;

  PipelineRunner(IrContext context, List<PassInstrumentation> instrumentations, boolean verifyEach, boolean threading,
      PassTimings timings, boolean catchCrashes) {
    this.context = context;
    this.instrumentations = instrumentations;
    this.verifyEach = verifyEach;
    this.threading = threading;
    this.timings = timings;
    this.catchCrashes = catchCrashes;
  }

  /** Runs the steps of {@code pipeline} on {@code op}; stops at the first failing step. */
  boolean runPipeline(OpPassManager pipeline, Operation op, DiagnosticEngine diagnostics, StringBuilder log) {
    return runPipeline(pipeline, op, diagnostics, log, null);
  }

  /**
   * As above; {@code enclosing} caches the symbol tables of the ops around {@code op} for the
   * verifier (set when {@code op} is one of many siblings run by a nested pipeline).
   */
  private boolean runPipeline(OpPassManager pipeline, Operation op, DiagnosticEngine diagnostics, StringBuilder log,
      SymbolTable.EnclosingTables enclosing) {
    for (PipelineStep step : pipeline.steps()) {
      boolean ok = switch (step) {
        case PipelineStep.RunPass(Pass pass) -> runPass(pass, op, diagnostics, log, enclosing);
        case PipelineStep.Nested(OpPassManager nested) -> runNested(nested, op, diagnostics, log);
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean runPass(Pass pass, Operation op, DiagnosticEngine diagnostics, StringBuilder log,
      SymbolTable.EnclosingTables enclosing) {
    if (!pass.canScheduleOn(op)) {
      diagnostics.emit(Diagnostic.error(op.location(), "pass '" + pass.argument() + "' runs on '"
          + pass.anchor().orElse("?") + "' ops and cannot run on '" + op.name() + "'"));
      return false;
    }
    for (PassInstrumentation instrumentation : instrumentations) {
      instrumentation.beforePass(pass, op, log);
    }
    var execution = new PassExecution(pass, context, diagnostics);
    long start = System.nanoTime();
    try {
      pass.runOnOperation(op, execution);
    } catch (RuntimeException | StackOverflowError crash) {
      if (!catchCrashes) {
        throw crash;
      }
      execution.emitError(Diagnostic.error(op.location(), "pass '" + pass.argument() + "' crashed: " + crash));
    } finally {
      if (timings != null) {
        timings.record(pass, System.nanoTime() - start);
      }
    }
    if (!execution.failed() && verifyEach) {
      var verifierDiagnostics = new DiagnosticEngine();
      if (!Verifier.verify(op, verifierDiagnostics, enclosing)) {
        Diagnostic note = Diagnostic.note(Location.UNKNOWN, "in IR produced by pass '" + pass.argument() + "' ("
            + pass.name() + ")");
        for (Diagnostic diagnostic : verifierDiagnostics.diagnostics()) {
          execution.emitError(diagnostic.withNote(note));
        }
        execution.signalFailure();
      }
    }
    for (PassInstrumentation instrumentation : instrumentations) {
      if (execution.failed()) {
        instrumentation.afterPassFailed(pass, op, log);
      } else {
        instrumentation.afterPass(pass, op, log);
      }
    }
    return !execution.failed();
  }

  /** Runs {@code nested} on each matching op directly inside {@code op}; all of them run even if one fails. */
  private boolean runNested(OpPassManager nested, Operation op, DiagnosticEngine diagnostics, StringBuilder log) {
    var targets = new ArrayList<Operation>();
    for (Region region : op.regions()) {
      for (Block block : region.blocks()) {
        for (Operation child : block.operations()) {
          if (nested.matches(child)) {
            targets.add(child);
          }
        }
      }
    }
    long start = System.nanoTime();
    boolean isolated = targets.stream().allMatch(t -> t.hasTrait(CoreTrait.ISOLATED_FROM_ABOVE));
    // Passes on isolated ops change nothing around them, so the symbol tables of the enclosing
    // ops are built once for the verifications of all targets.
    SymbolTable.EnclosingTables enclosing = isolated ? new SymbolTable.EnclosingTables() : null;
    boolean ok;
    if (threading && targets.size() > 1 && isolated) {
      ok = runInParallel(nested, targets, diagnostics, log, enclosing);
    } else {
      ok = true;
      for (Operation target : targets) {
        ok &= runPipeline(nested, target, diagnostics, log, enclosing);
      }
    }
    if (timings != null) {
      timings.record(nested, System.nanoTime() - start);
    }
    return ok;
  }

  private boolean runInParallel(OpPassManager nested, List<Operation> targets, DiagnosticEngine diagnostics,
      StringBuilder log, SymbolTable.EnclosingTables enclosing) {
    var tasks = new ArrayList<ForkJoinTask<Boolean>>();
    var engines = new ArrayList<DiagnosticEngine>();
    var logs = new ArrayList<StringBuilder>();
    for (Operation target : targets) {
      var engine = new DiagnosticEngine();
      var buffer = new StringBuilder();
      engines.add(engine);
      logs.add(buffer);
      tasks.add(ForkJoinTask.adapt(() -> runPipeline(nested, target, engine, buffer, enclosing)));
    }
    if (ForkJoinTask.inForkJoinPool()) {
      ForkJoinTask.invokeAll(tasks);
    } else {
      POOL.invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(tasks)));
    }
    boolean ok = true;
    for (int i = 0; i < tasks.size(); i++) {
      engines.get(i).diagnostics().forEach(diagnostics::emit);
      log.append(logs.get(i));
      ok &= tasks.get(i).join();
    }
    return ok;
  }
}
