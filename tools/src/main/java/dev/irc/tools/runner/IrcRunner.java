package dev.irc.tools.runner;

import dev.irc.conversion.tollvm.ConvertToLlvmPass;
import dev.irc.dialect.llvm.LlvmFunctionType;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.Type;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.IndexType;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.DiagnosticRenderer;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.diag.SourceManager;
import dev.irc.ir.diag.SpellingSuggestion;
import dev.irc.ir.interp.ExternalFunctionProvider;
import dev.irc.ir.interp.Interpreter;
import dev.irc.ir.interp.InterpreterException;
import dev.irc.ir.text.IrParser;
import dev.irc.ir.verify.Verifier;
import dev.irc.passes.PassManager;
import dev.irc.passes.PassRegistry;
import dev.irc.passes.PipelineParseException;
import dev.irc.targets.jit.CompiledModule;
import dev.irc.targets.jit.JitEngine;
import dev.irc.targets.jit.JitException;
import dev.irc.tools.AvailableDialects;
import dev.irc.tools.Plugins;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ServiceLoader;

/**
 * {@code irc-runner FILE -e FUNC [--interp|--jit] [-p PIPELINE] [ARGS...]}: runs one function of
 * an IR file and prints its results, one per line, like MLIR's {@code mlir-runner}. The IR may be
 * at any level the tools lower: func/arith/cf run in the IR interpreter ({@code --interp}) or,
 * after {@code convert-to-llvm}, on the x86-64 JIT (the default); llvm-dialect IR runs on the
 * JIT as it is. {@code -p} runs a pipeline first (a plugin's lowering, for instance).
 * Arguments are parsed by the function's parameter types (integers in decimal, {@code true}/
 * {@code false} for {@code i1}, floats as Java reads them); results print the same way.
 * Functions the IR only declares may come from a plugin ({@link ExternalFunctionProvider}).
 */
public final class IrcRunner {
  private static final String USAGE = "usage: irc-runner FILE -e FUNC [--interp|--jit] [-p PIPELINE]"
      + " [--load-dialect-plugin=JAR] [ARGS...]";

  private IrcRunner() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.in, System.out, System.err));
  }

  /** The parsed command line. */
  private record Options(String file, String function, boolean interp, String pipeline, List<String> arguments) {}

  /** Runs the runner with {@code args}; returns its exit code (1 for bad input, 2 for a failed run). */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Plugins plugins;
    Options options;
    try {
      Plugins.Extracted extracted = Plugins.extract(args);
      plugins = extracted.plugins();
      options = parseOptions(extracted.remaining());
    } catch (Plugins.PluginException | IllegalArgumentException e) {
      err.println("irc-runner: error: " + e.getMessage());
      return 1;
    }
    if (options == null) {
      out.println(USAGE);
      return 0;
    }
    return plugins.run(() -> run(options, plugins, in, out, err));
  }

  private static int run(Options options, Plugins plugins, InputStream in, PrintStream out, PrintStream err) {
    IrContext context = AvailableDialects.newContext(plugins.loader());
    SourceFile source;
    try {
      source = new SourceFile(options.file(), options.file().equals("-")
          ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(options.file())));
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("irc-runner: error: cannot read '" + options.file() + "': " + e.getMessage());
      return 1;
    }
    var diagnostics = new DiagnosticEngine();
    Operation module;
    try {
      module = IrParser.parseModule(context, source);
    } catch (DiagnosticException e) {
      e.diagnostics().forEach(diagnostics::emit);
      module = null;
    }
    if (module != null && !Verifier.verify(module, diagnostics)) {
      module = null;
    }
    if (module != null && options.pipeline() != null) {
      try {
        if (!PassManager.parse(context, options.pipeline(), PassRegistry.loadAvailable(plugins.loader())).run(module, diagnostics)) {
          module = null;
        }
      } catch (PipelineParseException e) {
        err.print(e.render("irc-runner"));
        return 1;
      }
    }
    if (module == null) {
      var sources = new SourceManager();
      sources.add(source);
      var renderer = new DiagnosticRenderer(sources);
      diagnostics.diagnostics().forEach(d -> err.print(renderer.render(d)));
      return 1;
    }
    try {
      List<ExternalFunctionProvider.External> externals = new ArrayList<>();
      for (ExternalFunctionProvider provider : ServiceLoader.load(ExternalFunctionProvider.class, plugins.loader())) {
        externals.addAll(provider.externals(out));
      }
      List<Object> results = options.interp() ? interpret(module, options, externals)
          : jit(context, module, options, externals, err);
      if (results == null) {
        return 1;
      }
      results.forEach(result -> out.println(format(result)));
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("irc-runner: error: " + e.getMessage());
      return 1;
    } catch (InterpreterException | JitException e) {
      err.println("irc-runner: error: @" + options.function() + " failed: " + e.getMessage());
      return 2;
    }
  }

  private static Options parseOptions(List<String> args) {
    String file = null;
    String function = null;
    boolean interp = false;
    String pipeline = null;
    var arguments = new ArrayList<String>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "-h", "--help" -> {
          return null;
        }
        case "-e", "--entry-point" -> function = value(args, ++i, arg);
        case "-p", "--pass-pipeline" -> pipeline = value(args, ++i, arg);
        case "--interp" -> interp = true;
        case "--jit" -> interp = false;
        default -> {
          if (arg.startsWith("--pass-pipeline=")) {
            pipeline = arg.substring("--pass-pipeline=".length());
          } else if (arg.startsWith("-e=") || arg.startsWith("--entry-point=")) {
            function = arg.substring(arg.indexOf('=') + 1);
          } else if (file == null && !arg.startsWith("-") || file == null && arg.equals("-")) {
            file = arg;
          } else if (file != null && function != null || !arg.startsWith("--")) {
            arguments.add(arg);
          } else {
            throw new IllegalArgumentException("unknown option '" + arg + "'; " + USAGE);
          }
        }
      }
    }
    if (file == null || function == null) {
      throw new IllegalArgumentException(USAGE);
    }
    return new Options(file, function, interp, pipeline, arguments);
  }

  private static String value(List<String> args, int index, String flag) {
    if (index >= args.size()) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args.get(index);
  }

  private static Operation function(Operation module, String name) {
    var table = new SymbolTable(module);
    return table.lookup(name).orElseThrow(() -> {
      var names = new ArrayList<String>();
      for (Operation op : ModuleOp.body(module).operations()) {
        op.attribute("sym_name").ifPresent(attribute -> names.add(((dev.irc.ir.builtin.StringAttr) attribute).value()));
      }
      String hint = SpellingSuggestion.closest(name, names).map(s -> " (did you mean @" + s + "?)").orElse("");
      return new IllegalArgumentException("no function @" + name + hint);
    });
  }

  private static List<Object> interpret(Operation module, Options options, List<ExternalFunctionProvider.External> externals) {
    Operation func = function(module, options.function());
    if (!func.name().equals(dev.irc.dialect.func.FuncOp.NAME)) {
      throw new IllegalArgumentException("--interp runs func.func functions, but @" + options.function() + " is a " + func.name());
    }
    FunctionType type = dev.irc.dialect.func.FuncOp.functionType(func);
    var interpreter = new Interpreter();
    for (ExternalFunctionProvider.External external : externals) {
      interpreter.defineExternal(external.symbol(), arguments -> {
        try {
          Object result = external.implementation().invokeWithArguments(arguments);
          return external.descriptor().returnLayout().isPresent() ? List.of(result) : List.of();
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable t) {
          throw new IllegalStateException(t);
        }
      });
    }
    return interpreter.call(module, options.function(), arguments(type.inputs(), options.arguments(), false));
  }

  private static List<Object> jit(IrContext context, Operation module, Options options,
      List<ExternalFunctionProvider.External> externals, PrintStream err) {
    boolean lowered = true;
    for (Operation op : ModuleOp.body(module).operations()) {
      lowered &= !op.name().startsWith("func.");
    }
    if (!lowered) {
      var diagnostics = new DiagnosticEngine();
      if (!ConvertToLlvmPass.convert(context, module, diagnostics)) {
        diagnostics.diagnostics().forEach(d -> err.println("irc-runner: error: convert-to-llvm: " + d.message()));
        return null;
      }
    }
    Operation func = function(module, options.function());
    if (!func.name().equals(dev.irc.dialect.llvm.FuncOp.NAME)) {
      throw new IllegalArgumentException("@" + options.function() + " is a " + func.name() + ", not a function");
    }
    LlvmFunctionType type = dev.irc.dialect.llvm.FuncOp.functionType(func);
    Object[] arguments = arguments(type.parameters(), options.arguments(), true).toArray();
    try (JitEngine engine = JitEngine.create(); Arena stubs = Arena.ofConfined()) {
      var symbols = new HashMap<String, MemorySegment>();
      for (ExternalFunctionProvider.External external : externals) {
        symbols.put(external.symbol(), Linker.nativeLinker().upcallStub(external.implementation(), external.descriptor(), stubs));
      }
      if (!symbols.isEmpty()) {
        engine.defineAbsoluteSymbols(symbols);
      }
      List<String> undefined = undefinedFunctions(module, symbols.keySet());
      if (!undefined.isEmpty()) {
        throw new IllegalArgumentException("the IR declares " + String.join(", ", undefined)
            + " but nothing defines it: a dialect's jar provides such functions (ExternalFunctionProvider);"
            + " load it with --load-dialect-plugin=JAR");
      }
      try (CompiledModule compiled = engine.compile(module)) {
        Object result = compiled.invoke(options.function(), arguments);
        return type.returnsVoid() ? List.of() : List.of(result);
      }
    }
  }

  /** The functions the module only declares that neither a plugin nor the C library defines, as {@code @name}. */
  private static List<String> undefinedFunctions(Operation module, java.util.Set<String> provided) {
    var undefined = new ArrayList<String>();
    for (Operation op : ModuleOp.body(module).operations()) {
      if (op.name().equals(dev.irc.dialect.llvm.FuncOp.NAME) && dev.irc.dialect.llvm.FuncOp.isExternal(op)) {
        String name = dev.irc.dialect.llvm.FuncOp.name(op);
        if (!provided.contains(name) && Linker.nativeLinker().defaultLookup().find(name).isEmpty()) {
          undefined.add("@" + name);
        }
      }
    }
    return undefined;
  }

  /** The arguments as the interpreter ({@code native} false) or a downcall (true) takes them. */
  private static List<Object> arguments(List<Type> types, List<String> texts, boolean nativeCall) {
    if (types.size() != texts.size()) {
      throw new IllegalArgumentException("the function takes " + types.size() + " argument" + (types.size() == 1 ? "" : "s")
          + " " + types + ", but " + texts.size() + " were given");
    }
    var values = new ArrayList<Object>();
    for (int i = 0; i < types.size(); i++) {
      values.add(argument(types.get(i), texts.get(i), nativeCall));
    }
    return values;
  }

  private static Object argument(Type type, String text, boolean nativeCall) {
    try {
      return switch (type) {
        case IntegerType(int width) when width == 1 -> switch (text) {
          case "true", "1" -> true;
          case "false", "0" -> false;
          default -> throw new IllegalArgumentException("'" + text + "' is not an i1 (true, false, 1 or 0)");
        };
        case IntegerType(int width) when width <= 64 -> nativeCall ? narrow(Long.parseLong(text), width) : Long.parseLong(text);
        case IndexType index -> Long.parseLong(text);
        case FloatType(int width) when width == 32 -> nativeCall ? (Object) Float.parseFloat(text) : (Object) (double) Float.parseFloat(text);
        case FloatType(int width) when width == 64 -> Double.parseDouble(text);
        default -> throw new IllegalArgumentException("cannot pass an argument of type " + type);
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a number of type " + type);
    }
  }

  private static Object narrow(long value, int width) {
    return switch (width) {
      case 8 -> (byte) value;
      case 16 -> (short) value;
      case 32 -> (int) value;
      case 64 -> value;
      default -> throw new IllegalArgumentException("cannot pass an i" + width + " to native code");
    };
  }

  private static String format(Object result) {
    return switch (result) {
      case Boolean b -> b.toString();
      case Float f -> Double.toString(f);
      default -> String.valueOf(result);
    };
  }
}
