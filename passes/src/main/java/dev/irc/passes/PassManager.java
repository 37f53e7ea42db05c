package dev.irc.passes;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.Location;
import dev.irc.ir.text.AsmPrinter;
import dev.irc.ir.text.PrintOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a pipeline ({@link OpPassManager}) on an op with the run-wide settings: verification
 * after each pass (on by default), multi-threading over isolated sibling ops (on by default),
 * instrumentation (IR printing, custom hooks), timing, and a crash reproducer.
 *
 * <p>Instrumentation text is collected per op and written to the instrumentation output
 * (standard error by default) in IR order when the run ends.
 */
public final class PassManager {
  private final IrContext context;
  private final OpPassManager pipeline;
  private final List<PassInstrumentation> instrumentations = new ArrayList<>();
  private boolean verifyEach = true;
  private boolean threading = true;
  private PassTimings timings;
  private Path crashReproducer;
  private Consumer<String> instrumentationOutput = text -> {
    System.err.print(text);
    System.err.flush();
  };

  public PassManager(IrContext context, OpPassManager pipeline) {
    this.context = context;
    this.pipeline = pipeline;
  }

  /** A pass manager for the textual {@code pipeline}; throws {@link PipelineParseException} on bad text. */
  public static PassManager parse(IrContext context, String pipeline, PassRegistry registry) {
    return new PassManager(context, PipelineParser.parse(pipeline, registry));
  }

  public IrContext context() {
    return context;
  }

  public OpPassManager pipeline() {
    return pipeline;
  }

  /** Whether to verify the op after each pass (default true). */
  public PassManager enableVerifier(boolean enabled) {
    this.verifyEach = enabled;
    return this;
  }

  /** Whether isolated sibling ops may be processed in parallel (default true). */
  public PassManager enableThreading(boolean enabled) {
    this.threading = enabled;
    return this;
  }

  public PassManager addInstrumentation(PassInstrumentation instrumentation) {
    instrumentations.add(instrumentation);
    return this;
  }

  /** Starts recording per-pass wall time; returns the recorder for the report. */
  public PassTimings enableTiming() {
    if (timings == null) {
      timings = new PassTimings();
    }
    return timings;
  }

  /** On failure or crash, writes the input IR and the pipeline that reproduces it to {@code file}. */
  public PassManager enableCrashReproducer(Path file) {
    this.crashReproducer = file;
    return this;
  }

  /** Where instrumentation text goes (default: standard error). */
  public PassManager setInstrumentationOutput(Consumer<String> output) {
    this.instrumentationOutput = output;
    return this;
  }

  /** The pipeline as text that {@code -p} reads back. */
  public String pipelineText() {
    return pipeline.isOpAgnostic() ? pipeline.stepsText() : pipeline.pipelineText();
  }

  /** Runs the pipeline on {@code op}; returns whether every pass succeeded. Errors go to {@code diagnostics}. */
  public boolean run(Operation op, DiagnosticEngine diagnostics) {
    String input = crashReproducer == null ? null : AsmPrinter.printToString(op, PrintOptions.DEFAULT);
    var log = new StringBuilder();
    var runner = new PipelineRunner(context, List.copyOf(instrumentations), verifyEach, threading, timings,
        crashReproducer != null);
    boolean succeeded;
    try {
      if (!pipeline.matches(op)) {
        diagnostics.emit(Diagnostic.error(op.location(), "can't run '" + pipeline.anchor() + "' pass pipeline on '"
            + op.name() + "' op"));
        succeeded = false;
      } else {
        long start = System.nanoTime();
        succeeded = runner.runPipeline(pipeline, op, diagnostics, log);
        if (timings != null && !pipeline.isOpAgnostic()) {
          timings.record(pipeline, System.nanoTime() - start);
        }
      }
    } finally {
      if (!log.isEmpty()) {
        instrumentationOutput.accept(log.toString());
      }
    }
    if (!succeeded && input != null) {
      writeReproducer(input, diagnostics);
    }
    return succeeded;
  }

  private void writeReproducer(String input, DiagnosticEngine diagnostics) {
    String configuration = "// configuration: -p '" + pipelineText() + "'"
        + (verifyEach ? "" : " --verify-each=false")
        + (context.allowsUnregisteredDialects() ? " --allow-unregistered-dialect" : "") + "\n";
    try {
      Files.writeString(crashReproducer, configuration + input);
      diagnostics.emit(Diagnostic.note(Location.UNKNOWN, "pipeline failed; reproducer written to '" + crashReproducer + "'"));
    } catch (IOException e) {
      diagnostics.emit(Diagnostic.error(Location.UNKNOWN, "cannot write crash reproducer '" + crashReproducer + "': "
          + e.getMessage()));
    }
  }
}
