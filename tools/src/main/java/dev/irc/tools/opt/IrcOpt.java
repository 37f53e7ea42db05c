package dev.irc.tools.opt;

import dev.irc.ir.Dialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.DiagnosticRenderer;
import dev.irc.ir.diag.ExpectedDiagnostics;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.diag.SourceManager;
import dev.irc.ir.text.AsmPrinter;
import dev.irc.ir.text.IrParser;
import dev.irc.ir.text.PrintOptions;
import dev.irc.ir.verify.Verifier;
import dev.irc.tools.AvailableDialects;
import dev.irc.tools.VersionProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code irc-opt}: reads IR text, verifies it and prints it back, like {@code mlir-opt}. It is
 * the tool every IR test runs through; {@link #run} executes it in-process for the test runner.
 */
@Command(
    name = "irc-opt",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Parses, verifies and prints irc IR (MLIR syntax).",
    sortOptions = false)
public final class IrcOpt implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE",
      description = "Input file, or - for standard input (default).")
  private String input;

  @Option(names = "-o", paramLabel = "FILE", defaultValue = "-", description = "Output file (default: standard output).")
  private String output;

  @Option(names = "--split-input-file", description = "Process each '// -----' separated chunk of the input on its own.")
  private boolean splitInputFile;

  @Option(names = "--verify-diagnostics", description = "Check diagnostics against expected-error/warning/note annotations in the input.")
  private boolean verifyDiagnostics;

  @Option(names = {"--print-op-generic", "--mlir-print-op-generic"}, description = "Print every op in the generic form.")
  private boolean printOpGeneric;

  @Option(names = {"--print-debuginfo", "--mlir-print-debuginfo"}, description = "Print the location of every op.")
  private boolean printDebugInfo;

  @Option(names = "--allow-unregistered-dialect", description = "Accept ops, types and attributes of dialects that are not registered.")
  private boolean allowUnregisteredDialect;

  @Option(names = "--show-dialects", description = "List the registered dialects and their ops, then exit.")
  private boolean showDialects;

  private InputStream stdin = System.in;
  private PrintStream stdout = System.out;
  private PrintStream stderr = System.err;

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.in, System.out, System.err));
  }

  /** Runs irc-opt with {@code args} on the given streams and returns its exit code. */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    var tool = new IrcOpt();
    tool.stdin = in;
    tool.stdout = out;
    tool.stderr = err;
    var commandLine = new CommandLine(tool);
    commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      err.println("irc-opt: internal error: " + exception);
      exception.printStackTrace(err);
      return 2;
    });
    return commandLine.execute(args.toArray(String[]::new));
  }

  @Override
  public Integer call() throws IOException {
    IrContext context = AvailableDialects.newContext().allowUnregisteredDialects(allowUnregisteredDialect);
    if (showDialects) {
      printDialects(context);
      return 0;
    }
    String name;
    String text;
    if (input.equals("-")) {
      name = "<stdin>";
      text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    } else {
      name = input;
      try {
        text = Files.readString(Path.of(input));
      } catch (IOException | java.io.UncheckedIOException e) {
        stderr.println("irc-opt: error: cannot read '" + input + "': " + describe(e));
        return 1;
      }
    }
    List<SourceFile> chunks = splitInputFile ? InputChunks.split(name, text) : List.of(new SourceFile(name, text));
    var printed = new StringBuilder();
    boolean failed = false;
    for (int i = 0; i < chunks.size(); i++) {
      if (i > 0 && !printed.isEmpty()) {
        printed.append(InputChunks.MARKER).append('\n');
      }
      failed |= !processChunk(context, chunks.get(i), printed);
    }
    if (output.equals("-")) {
      stdout.print(printed);
      stdout.flush();
    } else {
      Files.writeString(Path.of(output), printed);
    }
    return failed ? 1 : 0;
  }

  /** Parses, verifies and prints one chunk; returns false when the chunk failed. */
  private boolean processChunk(IrContext context, SourceFile source, StringBuilder printed) {
    var sources = new SourceManager();
    sources.add(source);
    var diagnostics = new DiagnosticEngine();
    Operation module = null;
    try {
      module = IrParser.parseModule(context, source);
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(diagnostics::emit);
    }
    if (module != null && !Verifier.verify(module, diagnostics)) {
      module = null;
    }
    var renderer = new DiagnosticRenderer(sources);
    if (verifyDiagnostics) {
      List<Diagnostic> problems = ExpectedDiagnostics.scan(source).check(diagnostics.diagnostics());
      problems.forEach(problem -> stderr.print(renderer.render(problem)));
      if (module != null) {
        AsmPrinter.print(module, printOptions(), printed);
      }
      return problems.isEmpty();
    }
    diagnostics.diagnostics().forEach(diagnostic -> stderr.print(renderer.render(diagnostic)));
    if (module == null) {
      return false;
    }
    AsmPrinter.print(module, printOptions(), printed);
    return !diagnostics.hasErrors();
  }

  private PrintOptions printOptions() {
    return new PrintOptions(printOpGeneric, printDebugInfo);
  }

  private void printDialects(IrContext context) {
    stdout.println("Available Dialects:");
    for (Dialect dialect : context.dialects()) {
      stdout.println("  " + dialect.namespace() + (dialect.description().isEmpty() ? "" : ": " + dialect.description()));
      for (OpDefinition op : dialect.operations().stream().sorted(java.util.Comparator.comparing(OpDefinition::name)).toList()) {
        stdout.println("    " + op.name() + (op.summary().isEmpty() ? "" : "  " + op.summary()));
      }
    }
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
