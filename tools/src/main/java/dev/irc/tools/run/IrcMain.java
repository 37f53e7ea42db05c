package dev.irc.tools.run;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.DiagnosticRenderer;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.diag.SourceManager;
import dev.irc.ir.text.AsmPrinter;
import dev.irc.ir.text.PrintOptions;
import dev.irc.ir.verify.Verifier;
import dev.irc.passes.PassManager;
import dev.irc.passes.PassRegistry;
import dev.irc.py.conversion.toarith.ModuleLowering;
import dev.irc.py.conversion.toarith.ProgramTypes;
import dev.irc.py.conversion.toarith.TypeInference;
import dev.irc.py.conversion.toarith.runtime.ArithProgramRunner;
import dev.irc.py.eval.Evaluator;
import dev.irc.py.eval.PythonError;
import dev.irc.py.eval.Traceback;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.tools.AvailableDialects;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code irc}: the Python driver. {@code irc run --interp prog.py} compiles the program to py IR
 * and runs it in the reference evaluator, printing what CPython prints (and on an uncaught
 * exception CPython's traceback on stderr, exit code 1); {@code irc --emit=py prog.py} prints the
 * py IR. Syntax and unsupported-construct errors are reported as
 * {@code prog.py:3:7: error: ...} with the source line, exit code 1.
 *
 * <p>{@code run} without {@code --interp} will run the JIT; until it exists it says so and exits
 * with code 2.
 */
public final class IrcMain {
  private static final String USAGE = """
      usage: irc run --interp FILE.py       run a program in the reference evaluator
             irc run --arith-interp FILE.py run the program lowered by py-to-arith in the IR
                                            interpreter (falls back to the evaluator when it
                                            cannot be typed or a guard fails before output)
             irc run --explain FILE.py      say per function whether it is compiled, and why not
             irc --emit=py|arith FILE.py    print the program's py IR or typed func/arith/cf IR
      """;
  /** Java stack for the evaluator thread: deep Python recursion nests Java frames. */
  private static final long EVALUATOR_STACK_BYTES = 1L << 30;

  private IrcMain() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.in, System.out, System.err));
  }

  /** Runs {@code irc} with {@code args} on the given streams; returns the exit code. */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    var subcommand = Subcommand.forArguments(args);
    if (subcommand.isPresent()) {
      return subcommand.get().run(args.subList(1, args.size()), in, out, err);
    }
    boolean runCommand = false;
    boolean interp = false;
    boolean arithInterp = false;
    boolean explain = false;
    String emit = null;
    var files = new ArrayList<String>();
    for (String arg : args) {
      if (arg.equals("run") && !runCommand && files.isEmpty()) {
        runCommand = true;
      } else if (arg.equals("--interp")) {
        interp = true;
      } else if (arg.equals("--arith-interp")) {
        arithInterp = true;
      } else if (arg.equals("--explain")) {
        explain = true;
      } else if (arg.startsWith("--emit=")) {
        emit = arg.substring("--emit=".length());
      } else if (arg.equals("-h") || arg.equals("--help")) {
        out.print(USAGE);
        return 0;
      } else if (arg.startsWith("-") && !arg.equals("-")) {
        err.println("irc: unknown option '" + arg + "'");
        err.print(USAGE);
        return 2;
      } else {
        files.add(arg);
      }
    }
    if (files.size() != 1 || (!runCommand && emit == null)) {
      err.print(USAGE);
      return 2;
    }
    if (emit != null && !emit.equals("py") && !emit.equals("arith")) {
      err.println("irc: --emit=" + emit + " is not available yet; only --emit=py and --emit=arith are");
      return 2;
    }
    if (runCommand && !interp && !arithInterp && !explain && emit == null) {
      err.println("irc: the JIT is not available yet; use 'irc run --interp " + files.getFirst() + "'");
      return 2;
    }
    String path = files.getFirst();
    String text;
    try {
      text = path.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("irc: cannot read '" + path + "': " + e.getMessage());
      return 1;
    }
    var sources = new SourceManager();
    SourceFile source = sources.add(new SourceFile(path.equals("-") ? "<stdin>" : path, text));
    IrContext context = AvailableDialects.newContext();
    Operation module;
    try {
      module = PythonImporter.importSource(source, context);
      var diagnostics = new DiagnosticEngine();
      if (!Verifier.verify(module, diagnostics)) {
        diagnostics.diagnostics().forEach(d -> err.print(new DiagnosticRenderer(sources).render(d)));
        return 1;
      }
    } catch (DiagnosticException e) {
      for (Diagnostic diagnostic : e.diagnostics()) {
        err.print(new DiagnosticRenderer(sources).render(diagnostic));
      }
      return 1;
    }
    if (explain) {
      ProgramTypes types = TypeInference.infer(module);
      types.explain().forEach(out::println);
      out.println(types.isTyped() ? "program: compiled" : "program: runs on the reference evaluator");
      out.flush();
      return 0;
    }
    if (emit != null && emit.equals("arith")) {
      return emitArith(module, context, out, err);
    }
    String runName = path.equals("-") ? "<stdin>" : Path.of(path).toAbsolutePath().normalize().toString();
    if (arithInterp) {
      return runTyped(module, context, source, runName, out, err);
    }
    if (emit != null) {
      out.print(AsmPrinter.printToString(module, PrintOptions.DEFAULT));
      out.println();
      out.flush();
      return 0;
    }
    String displayName = path.equals("-") ? "<stdin>" : Path.of(path).toAbsolutePath().normalize().toString();
    return interpret(module, source, displayName, out, err);
  }

  /** {@code --emit=arith}: the typed IR after canonicalize and cse, or the reasons it cannot be typed. */
  private static int emitArith(Operation module, IrContext context, PrintStream out, PrintStream err) {
    ProgramTypes types = TypeInference.infer(module);
    if (!types.isTyped()) {
      err.println("irc: the program cannot be compiled; it runs on the reference evaluator:");
      types.explain().forEach(err::println);
      return 1;
    }
    ModuleLowering.lower(module, types, context);
    var diagnostics = new DiagnosticEngine();
    if (!PassManager.parse(context, "builtin.module(canonicalize,cse)", PassRegistry.loadAvailable()).run(module, diagnostics)) {
      diagnostics.diagnostics().forEach(d -> err.println(d));
      return 1;
    }
    out.print(AsmPrinter.printToString(module, PrintOptions.DEFAULT));
    out.println();
    out.flush();
    return 0;
  }

  /**
   * {@code run --arith-interp}: lowers a typed program and runs it in the IR interpreter; falls
   * back to the evaluator when the program is not typed, or when a guard fails before any output
   * was committed; a guard failing after output is an internal error (exit code 70).
   */
  private static int runTyped(Operation module, IrContext context, SourceFile source, String displayName,
      PrintStream out, PrintStream err) {
    ProgramTypes types = TypeInference.infer(module);
    if (!types.isTyped()) {
      return interpret(module, source, displayName, out, err);
    }
    Operation lowered = module.clone();
    ModuleLowering.lower(lowered, types, context);
    var result = new java.util.concurrent.atomic.AtomicReference<ArithProgramRunner.Result>();
    Thread thread = new Thread(null, () -> result.set(ArithProgramRunner.run(lowered, out)), "irc-arith", EVALUATOR_STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
    return switch (result.get()) {
      case ArithProgramRunner.Result.Completed c -> 0;
      case ArithProgramRunner.Result.Raised r -> {
        err.print(Traceback.format(r.error(), source, displayName));
        err.flush();
        yield 1;
      }
      case ArithProgramRunner.Result.Deoptimized d when d.restartable() -> interpret(module, source, displayName, out, err);
      case ArithProgramRunner.Result.Deoptimized d -> {
        err.println("irc: internal error: a guard failed at " + d.where()
            + " after output was written; cannot resume in the evaluator yet");
        yield 70;
      }
      case null -> {
        err.println("irc: internal error: the compiled program did not finish");
        yield 70;
      }
    };
  }

  private static int interpret(Operation module, SourceFile source, String displayName, PrintStream out, PrintStream err) {
    var buffered = new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8);
    var exitCode = new AtomicInteger();
    Runnable program = () -> {
      try {
        new Evaluator(module, buffered).run();
      } catch (PythonError e) {
        buffered.flush();
        err.print(Traceback.format(e, source, displayName));
        exitCode.set(1);
      } catch (StackOverflowError e) {
        buffered.flush();
        err.println("irc: internal error: Java stack exhausted in the evaluator");
        exitCode.set(70);
      }
    };
    Thread thread = new Thread(null, program, "irc-evaluator", EVALUATOR_STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
    buffered.flush();
    err.flush();
    return exitCode.get();
  }
}
