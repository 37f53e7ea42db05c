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
      usage: irc run --interp FILE.py     run a program in the reference evaluator
             irc --emit=py FILE.py        print the program's py IR
      """;
  /** Java stack for the evaluator thread: deep Python recursion nests Java frames. */
  private static final long EVALUATOR_STACK_BYTES = 1L << 30;

  private IrcMain() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.in, System.out, System.err));
  }

  /** Runs {@code irc} with {@code args} on the given streams; returns the exit code. */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    boolean runCommand = false;
    boolean interp = false;
    String emit = null;
    var files = new ArrayList<String>();
    for (String arg : args) {
      if (arg.equals("run") && !runCommand && files.isEmpty()) {
        runCommand = true;
      } else if (arg.equals("--interp")) {
        interp = true;
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
    if (emit != null && !emit.equals("py")) {
      err.println("irc: --emit=" + emit + " is not available yet; only --emit=py is");
      return 2;
    }
    if (runCommand && !interp && emit == null) {
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
    if (emit != null) {
      out.print(AsmPrinter.printToString(module, PrintOptions.DEFAULT));
      out.println();
      out.flush();
      return 0;
    }
    String displayName = path.equals("-") ? "<stdin>" : Path.of(path).toAbsolutePath().normalize().toString();
    return interpret(module, source, displayName, out, err);
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
