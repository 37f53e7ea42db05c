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
import dev.irc.py.conversion.toarith.runtime.RunResult;
import dev.irc.py.eval.Evaluator;
import dev.irc.py.eval.PythonError;
import dev.irc.py.eval.Traceback;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.targets.run.JitPipeline;
import dev.irc.targets.run.JitProgramRunner;
import dev.irc.tools.AvailableDialects;
import dev.irc.tools.VersionProvider;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code irc}: the Python driver. {@code irc run prog.py} compiles a typed program through
 * py-to-arith and LLVM and runs it on the x86-64 JIT (programs that cannot be typed run on the
 * reference evaluator; a guard failing before any output restarts the program there);
 * {@code irc run --interp prog.py} runs the reference evaluator only, printing what CPython
 * prints (and on an uncaught exception CPython's traceback on stderr, exit code 1);
 * {@code irc --emit=STAGE prog.py} prints a stage. Syntax and unsupported-construct errors are
 * reported as {@code prog.py:3:7: error: ...} with the source line, exit code 1.
 */
public final class IrcMain {
  private static final String USAGE = """
      usage: irc run [--time] FILE.py       compile the program and run it on the x86-64 JIT (falls
                                            back to the evaluator when it cannot be typed or a
                                            guard fails before output); --time reports compile
                                            time (and its stages) and run time of @__main__ on
                                            stderr. The machine code is kept in the compile cache
                                            ($XDG_CACHE_HOME/irc or ~/.cache/irc): a second run
                                            skips the compiler and LLVM
             irc run --no-cache FILE.py     compile on the JIT without the compile cache
             irc run --verbose FILE.py      also say on stderr why a cache entry was rebuilt
             irc cache info | clear         show the cache's directory, entries and size; empty it
             irc run --interp FILE.py       run a program in the reference evaluator
             irc run --arith-interp FILE.py run the program lowered by py-to-arith in the IR
                                            interpreter (falls back to the evaluator when it
                                            cannot be typed or a guard fails before output)
             irc run --explain FILE.py      say per function whether it is compiled, and why not
             irc --emit=STAGE FILE.py       print a stage: py (py IR), arith (typed func/arith/cf),
                                            llvm-dialect, llvm (LLVM IR after O2), asm (x86-64)
             irc -h | --help                print this help
             irc -V | --version             print irc's version and the Java version it runs on
      """;
  private static final Set<String> EMIT_STAGES = Set.of("py", "arith", "llvm-dialect", "llvm", "asm");
  /** Java stack for the evaluator thread: deep Python recursion nests Java frames. */
  private static final long EVALUATOR_STACK_BYTES = 1L << 30;

  private IrcMain() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.in, System.out, System.err));
  }

  /** Runs {@code irc} with {@code args} on the given streams; returns the exit code. */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (!args.isEmpty() && args.getFirst().equals(CacheCommand.NAME)) {
      return CacheCommand.run(args.subList(1, args.size()), out, err);
    }
    var subcommand = args.isEmpty() || args.getFirst().equals("run") ? java.util.Optional.<Subcommand>empty()
        : Subcommand.forArguments(args);
    if (subcommand.isPresent()) {
      return subcommand.get().run(args.subList(1, args.size()), in, out, err);
    }
    boolean runCommand = false;
    boolean interp = false;
    boolean arithInterp = false;
    boolean explain = false;
    boolean time = false;
    boolean noCache = false;
    boolean verbose = false;
    String emit = null;
    var files = new ArrayList<String>();
    for (String arg : args) {
      if (arg.equals("run") && !runCommand && files.isEmpty()) {
        runCommand = true;
      } else if (arg.equals("--interp")) {
        interp = true;
      } else if (arg.equals("--arith-interp")) {
        arithInterp = true;
      } else if (arg.equals("--time")) {
        time = true;
      } else if (arg.equals("--no-cache")) {
        noCache = true;
      } else if (arg.equals("--verbose")) {
        verbose = true;
      } else if (arg.equals("--explain")) {
        explain = true;
      } else if (arg.startsWith("--emit=")) {
        emit = arg.substring("--emit=".length());
      } else if (arg.equals("-h") || arg.equals("--help")) {
        out.print(USAGE);
        return 0;
      } else if (arg.equals("-V") || arg.equals("--version")) {
        // The same text as irc-opt --version (picocli fills in the command name).
        VersionProvider.print("irc", out);
        out.flush();
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
    if (emit != null && !EMIT_STAGES.contains(emit)) {
      err.println("irc: unknown stage --emit=" + emit + "; expected one of py, arith, llvm-dialect, llvm, asm");
      return 2;
    }
    String path = files.getFirst();
    byte[] bytes;
    String text;
    try {
      bytes = path.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(path));
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (IOException e) {
      err.println("irc: cannot read '" + path + "': " + e.getMessage());
      return 1;
    }
    String sourceName = path.equals("-") ? "<stdin>" : path;
    String runName = path.equals("-") ? "<stdin>" : Path.of(path).toAbsolutePath().normalize().toString();
    CachedRun cached = null;
    if (runCommand && !interp && !arithInterp && !explain && emit == null && !noCache) {
      cached = new CachedRun(bytes, sourceName, time, verbose, err);
      var loaded = cached.lookup();
      if (loaded.isPresent()) {
        // A hit: no front end, compiler or LLVM; the py IR is imported only for a deoptimization.
        SourceFile source = new SourceFile(sourceName, text);
        CachedRun hit = cached;
        try (var program = loaded.get()) {
          return runCompiled(stream -> hit.run(program, stream), () -> PythonImporter.importSource(source,
              AvailableDialects.newContext()), source, runName, out, err);
        }
      }
    }
    var sources = new SourceManager();
    SourceFile source = sources.add(new SourceFile(sourceName, text));
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
      out.println(types.isTyped() ? "program: compiled (x86-64 JIT)" : "program: runs on the reference evaluator");
      out.flush();
      return 0;
    }
    if (emit != null) {
      if (!emit.equals("py")) {
        return emitLowered(module, context, emit, out, err);
      }
      out.print(AsmPrinter.printToString(module, PrintOptions.DEFAULT));
      out.println();
      out.flush();
      return 0;
    }
    if (interp) {
      return interpret(module, source, runName, out, err);
    }
    if (arithInterp) {
      return runTyped(module, context, source, runName, out, err, ArithProgramRunner::run);
    }
    if (cached != null) {
      CachedRun miss = cached;
      return runTyped(module, context, source, runName, out, err, miss::compileAndRun);
    }
    boolean report = time;
    return runTyped(module, context, source, runName, out, err, (lowered, stream) -> {
      var run = JitProgramRunner.run(lowered, stream);
      if (report) {
        err.printf("irc: time: compile %.1f ms, run %.1f ms (@__main__ on the JIT)%n",
            run.compileNanos() / 1e6, run.runNanos() / 1e6);
        var stages = run.stages();
        err.printf("irc: time: compile stages: irc passes %.1f ms, LLVM translation %.1f ms, LLVM O2 %.1f ms,"
            + " codegen %.1f ms%n", (run.compileNanos() - stages.translateNanos() - stages.optimizeNanos()
            - stages.codegenNanos()) / 1e6, stages.translateNanos() / 1e6, stages.optimizeNanos() / 1e6,
            stages.codegenNanos() / 1e6);
      }
      return run.result();
    });
  }

  /**
   * {@code --emit=arith|llvm-dialect|llvm|asm}: the typed IR after canonicalize and cse, the
   * llvm dialect, LLVM IR after O2 or x86-64 assembly; or the reasons the program cannot be typed.
   */
  private static int emitLowered(Operation module, IrContext context, String stage, PrintStream out, PrintStream err) {
    ProgramTypes types = TypeInference.infer(module);
    if (!types.isTyped()) {
      err.println("irc: the program cannot be compiled; it runs on the reference evaluator:");
      types.explain().forEach(err::println);
      return 1;
    }
    ModuleLowering.lower(module, types, context);
    if (!stage.equals("arith")) {
      Operation llvmModule = JitPipeline.toLlvmDialect(module);
      out.print(switch (stage) {
        case "llvm-dialect" -> AsmPrinter.printToString(llvmModule, PrintOptions.DEFAULT) + "\n";
        case "llvm" -> JitPipeline.llvmIr(llvmModule);
        default -> JitPipeline.assembly(llvmModule);
      });
      out.flush();
      return 0;
    }
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
   * {@code run} ({@code engine}: the JIT) and {@code run --arith-interp} (the IR interpreter):
   * lowers a typed program and runs it on {@code engine}; falls back to the evaluator when the
   * program is not typed, or when a guard fails before any output was committed; a guard failing
   * after output is an internal error (exit code 70).
   */
  private static int runTyped(Operation module, IrContext context, SourceFile source, String displayName,
      PrintStream out, PrintStream err, BiFunction<Operation, PrintStream, RunResult> engine) {
    ProgramTypes types = TypeInference.infer(module);
    if (!types.isTyped()) {
      return interpret(module, source, displayName, out, err);
    }
    // The evaluator needs an intact py module for a fallback: a fresh import rather than
    // module.clone(), which does not remap uses whose definitions are in later blocks.
    // The types refer to the module they were inferred on, so lower that one.
    Operation lowered = module;
    ModuleLowering.lower(lowered, types, context);
    return runCompiled(stream -> engine.apply(lowered, stream), () -> PythonImporter.importSource(source, context),
        source, displayName, out, err);
  }

  /**
   * Runs compiled code ({@code engine}, printing to the stream it is given) on a thread with a
   * large stack and reports its outcome: a traceback for an uncaught exception; a guard failing
   * before any output was committed restarts the program on the evaluator with the py module
   * {@code pyModule} gives (a cache hit imports it only then).
   */
  private static int runCompiled(java.util.function.Function<PrintStream, RunResult> engine,
      java.util.function.Supplier<Operation> pyModule, SourceFile source, String displayName, PrintStream out,
      PrintStream err) {
    var result = new java.util.concurrent.atomic.AtomicReference<RunResult>();
    var failure = new java.util.concurrent.atomic.AtomicReference<RuntimeException>();
    Runnable run = () -> {
      try {
        result.set(engine.apply(out));
      } catch (RuntimeException e) {
        failure.set(e);
        if (Boolean.getBoolean("irc.debug")) {
          e.printStackTrace(err);
        }
      }
    };
    Thread thread = new Thread(null, run, "irc-compiled", EVALUATOR_STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
    return switch (result.get()) {
      case RunResult.Completed c -> 0;
      case RunResult.Raised r -> {
        err.print(Traceback.format(r.error(), source, displayName));
        err.flush();
        yield 1;
      }
      case RunResult.Deoptimized d when d.restartable() -> interpret(pyModule.get(), source, displayName, out, err);
      case RunResult.Deoptimized d -> {
        err.println("irc: internal error: a guard failed at " + d.where()
            + " after output was written; cannot resume in the evaluator yet");
        yield 70;
      }
      case null -> {
        err.println("irc: internal error: the compiled program did not finish"
            + (failure.get() == null ? "" : ": " + failure.get()));
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
      } catch (RuntimeException e) {
        // A bug in irc, not in the program: say so, and never exit 0.
        buffered.flush();
        err.println("irc: internal error in the evaluator: " + e);
        if (Boolean.getBoolean("irc.debug")) {
          e.printStackTrace(err);
        }
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
