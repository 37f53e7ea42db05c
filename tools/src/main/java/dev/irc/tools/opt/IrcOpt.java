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
import dev.irc.passes.IrPrinting;
import dev.irc.passes.IrPrintingConfig;
import dev.irc.passes.PassHelp;
import dev.irc.passes.PassManager;
import dev.irc.passes.PassRegistry;
import dev.irc.passes.PassTimings;
import dev.irc.passes.PipelineParseException;
import dev.irc.passes.StatisticsReport;
import dev.irc.tools.AvailableDialects;
import dev.irc.tools.Plugins;
import dev.irc.tools.VersionProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
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
    description = "Parses, verifies, transforms (-p PIPELINE or --PASS flags, see --list-passes) and prints irc IR (MLIR syntax).",
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

  @Option(names = "--emit-llvm-ir", description = "Translate the final IR (which must be in the llvm dialect, e.g. after -p convert-to-llvm) to LLVM IR and print that instead.")
  private boolean emitLlvmIr;

  @Option(names = "--llvm-o2", description = "With --emit-llvm-ir: run LLVM's O2 pipeline for the host before printing.")
  private boolean llvmO2;

  @Option(names = "--allow-unregistered-dialect", description = "Accept ops, types and attributes of dialects that are not registered.")
  private boolean allowUnregisteredDialect;

  @Option(names = "--show-dialects", description = "List the registered dialects and their ops, then exit.")
  private boolean showDialects;

  @Option(names = {"-p", "--pass-pipeline"}, paramLabel = "PIPELINE",
      description = "Run the textual pass pipeline, e.g. 'builtin.module(func.func(canonicalize,cse))'.")
  private String passPipeline;

  @Option(names = "--list-passes", description = "List the registered passes and their options, then exit.")
  private boolean listPasses;

  @Option(names = {"--verify-each", "--mlir-verify-each"}, arity = "0..1", defaultValue = "true", fallbackValue = "true",
      paramLabel = "BOOL", description = "Verify the IR after each pass (default: true).")
  private boolean verifyEach;

  @Option(names = {"--disable-threading", "--mlir-disable-threading"},
      description = "Run passes on isolated ops (functions) one at a time instead of in parallel.")
  private boolean disableThreading;

  @Option(names = {"--timing", "--mlir-timing"}, description = "Report the wall time of each pass on standard error.")
  private boolean timing;

  @Option(names = {"--pass-statistics", "--mlir-pass-statistics"}, description = "Report pass statistics on standard error.")
  private boolean passStatistics;

  @Option(names = {"--print-ir-before", "--mlir-print-ir-before"}, split = ",", paramLabel = "PASS",
      description = "Print the IR before each run of the named passes.")
  private List<String> printIrBefore = new java.util.ArrayList<>();

  @Option(names = {"--print-ir-after", "--mlir-print-ir-after"}, split = ",", paramLabel = "PASS",
      description = "Print the IR after each run of the named passes.")
  private List<String> printIrAfter = new java.util.ArrayList<>();

  @Option(names = {"--print-ir-before-all", "--mlir-print-ir-before-all"}, description = "Print the IR before every pass.")
  private boolean printIrBeforeAll;

  @Option(names = {"--print-ir-after-all", "--mlir-print-ir-after-all"}, description = "Print the IR after every pass.")
  private boolean printIrAfterAll;

  @Option(names = {"--print-ir-after-change", "--mlir-print-ir-after-change"},
      description = "Print the IR after a pass only if the pass changed it.")
  private boolean printIrAfterChange;

  @Option(names = {"--print-ir-after-failure", "--mlir-print-ir-after-failure"},
      description = "Print the IR after a pass that failed.")
  private boolean printIrAfterFailure;

  @Option(names = {"--crash-reproducer", "--mlir-pass-pipeline-crash-reproducer"}, paramLabel = "FILE",
      description = "When a pass fails or crashes, write the input IR and the pipeline reproducing it to FILE.")
  private String crashReproducer;

  @Option(names = {"--load-dialect-plugin", "--load-pass-plugin"}, paramLabel = "JAR",
      description = "Load the dialects, passes and rule files of JAR (a jar, a directory of jars, or several separated by ':'); may repeat.")
  private List<String> pluginsShownInHelp = new java.util.ArrayList<>();

  private Plugins plugins = Plugins.none();
  private PassRegistry passRegistry;
  private List<String> passFlags = List.of();
  private PassManager passManager;

  private InputStream stdin = System.in;
  private PrintStream stdout = System.out;
  private PrintStream stderr = System.err;

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.in, System.out, System.err));
  }

  /** Runs irc-opt with {@code args} on the given streams and returns its exit code. */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    var tool = new IrcOpt();
    Plugins.Extracted plugins;
    try {
      plugins = Plugins.extract(args);
      tool.plugins = plugins.plugins();
      tool.passRegistry = PassRegistry.loadAvailable(tool.plugins.loader());
    } catch (Plugins.PluginException e) {
      err.println("irc-opt: error: " + e.getMessage());
      return 1;
    } catch (ServiceConfigurationError e) {
      err.println("irc-opt: error: a plugin's pass provider cannot be loaded: " + e.getMessage());
      return 1;
    }
    List<String> remaining = plugins.remaining();
    return tool.plugins.run(() -> tool.execute(remaining, in, out, err));
  }

  private int execute(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    PassFlags flags = PassFlags.extract(args, this.passRegistry);
    this.passFlags = flags.passes();
    args = flags.remaining();
    this.stdin = in;
    this.stdout = out;
    this.stderr = err;
    var commandLine = new CommandLine(this);
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
    long started = System.nanoTime();
    IrContext context;
    try {
      context = AvailableDialects.newContext(plugins.loader()).allowUnregisteredDialects(allowUnregisteredDialect);
    } catch (ServiceConfigurationError e) {
      stderr.println("irc-opt: error: a plugin's dialect cannot be loaded: " + e.getMessage());
      return 1;
    }
    if (showDialects) {
      printDialects(context);
      return 0;
    }
    if (listPasses) {
      stdout.print(PassHelp.render(passRegistry));
      stdout.flush();
      return 0;
    }
    if (!setUpPassManager(context)) {
      return 1;
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
    long outputStart = System.nanoTime();
    if (output.equals("-")) {
      stdout.print(printed);
      stdout.flush();
    } else {
      Files.writeString(Path.of(output), printed);
    }
    if (passManager != null) {
      reportPassRun(System.nanoTime() - outputStart, System.nanoTime() - started);
    }
    return failed ? 1 : 0;
  }

  /** Builds the pass manager from -p or the per-pass flags; returns false (after reporting) on a bad pipeline. */
  private boolean setUpPassManager(IrContext context) {
    if (passPipeline != null && !passFlags.isEmpty()) {
      stderr.println("irc-opt: error: '-p' cannot be combined with individual pass flags (--"
          + passFlags.getFirst().replaceAll("\\{.*", "") + ")");
      return false;
    }
    String text = passPipeline != null ? passPipeline : passFlags.isEmpty() ? null : String.join(",", passFlags);
    if (text == null) {
      return true;
    }
    try {
      passManager = PassManager.parse(context, text, passRegistry);
    } catch (PipelineParseException e) {
      stderr.print(e.render("irc-opt"));
      return false;
    }
    passManager.enableVerifier(verifyEach).enableThreading(!disableThreading);
    passManager.setInstrumentationOutput(log -> {
      stderr.print(log);
      stderr.flush();
    });
    var printing = new IrPrintingConfig(java.util.Set.copyOf(printIrBefore), java.util.Set.copyOf(printIrAfter),
        printIrBeforeAll, printIrAfterAll, printIrAfterChange, printIrAfterFailure, printOptions());
    if (printing.isEnabled()) {
      passManager.addInstrumentation(new IrPrinting(printing));
    }
    if (timing) {
      passManager.enableTiming();
    }
    if (crashReproducer != null) {
      passManager.enableCrashReproducer(Path.of(crashReproducer));
    }
    return true;
  }

  private void reportPassRun(long outputNanos, long totalNanos) {
    if (passStatistics) {
      stderr.print(StatisticsReport.render(passManager.pipeline()));
    }
    if (timing) {
      PassTimings timings = passManager.enableTiming();
      timings.recordOutput(outputNanos);
      stderr.print(timings.report(passManager.pipeline(), totalNanos));
    }
    stderr.flush();
  }

  /** Parses, verifies and prints one chunk; returns false when the chunk failed. */
  private boolean processChunk(IrContext context, SourceFile source, StringBuilder printed) {
    var sources = new SourceManager();
    sources.add(source);
    var diagnostics = new DiagnosticEngine();
    Operation module = null;
    long parseStart = System.nanoTime();
    try {
      // A Python file is imported into the py dialect; anything else is IR text.
      module = source.name().endsWith(".py")
          ? dev.irc.py.irgen.PythonImporter.importSource(source, context)
          : IrParser.parseModule(context, source);
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(diagnostics::emit);
    }
    if (module != null && !Verifier.verify(module, diagnostics)) {
      module = null;
    }
    if (passManager != null && timing) {
      passManager.enableTiming().recordParser(System.nanoTime() - parseStart);
    }
    if (module != null && passManager != null && !passManager.run(module, diagnostics)) {
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
    if (emitLlvmIr) {
      try {
        printed.append(dev.irc.dialect.llvm.translate.LlvmTranslation.toLlvmIr(module, llvmO2));
      } catch (dev.irc.dialect.llvm.translate.TranslationException e) {
        stderr.println(source.name() + ": error: cannot translate to LLVM IR: " + e.getMessage());
        return false;
      }
      return !diagnostics.hasErrors();
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
