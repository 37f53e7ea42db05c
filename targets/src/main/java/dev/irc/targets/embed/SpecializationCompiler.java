package dev.irc.targets.embed;

import dev.irc.dialect.arith.ArithDialect;
import dev.irc.dialect.cf.CfDialect;
import dev.irc.dialect.func.FuncDialect;
import dev.irc.dialect.llvm.LlvmDialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.py.ast.Module;
import dev.irc.py.conversion.toarith.FunctionTypes;
import dev.irc.py.conversion.toarith.ModuleLowering;
import dev.irc.py.conversion.toarith.ProgramTypes;
import dev.irc.py.conversion.toarith.PyType;
import dev.irc.py.conversion.toarith.SiteTable;
import dev.irc.py.conversion.toarith.Specialization;
import dev.irc.py.conversion.toarith.TypeInference;
import dev.irc.py.conversion.toarith.UntypedReason;
import dev.irc.py.dialect.PyDialect;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.ir.diag.SourceFile;
import dev.irc.targets.jit.MachineCode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one signature of a module's function: imports the parsed module afresh (lowering
 * consumes the py IR), types what the call reaches with {@link TypeInference#inferEntry} from the
 * fixed globals, checks that it uses no global the evaluator owns, lowers it with
 * {@code py-to-arith} and compiles it ({@link SpecializationCode}: from the compile cache, else
 * to a shared object stored there, else on the JIT). Anything that cannot be compiled gives a
 * specialization that runs on the evaluator, with the reasons.
 */
final class SpecializationCompiler {
  private final Module source;
  private final SourceFile file;
  private final ImportedGlobals globals;
  private final PrintStream out;

  SpecializationCompiler(Module source, SourceFile file, ImportedGlobals globals, PrintStream out) {
    this.source = source;
    this.file = file;
    this.globals = globals;
    this.out = out;
  }

  PythonSpecialization compile(String function, List<ScalarKind> kinds) {
    String signature = PythonSpecialization.signature(function, kinds);
    IrContext context = IrContext.of(PyDialect.INSTANCE, new FuncDialect(), new ArithDialect(), new CfDialect(), new LlvmDialect());
    Operation module = PythonImporter.importModule(source, context);
    var entry = new Specialization(function, kinds.stream().map(k -> k.type).toList());
    ProgramTypes types = TypeInference.inferEntry(module, entry, globals.types());
    List<UntypedReason> globalReasons = globals.reasonsIn(module, types);
    if (!types.isTyped() || !globalReasons.isEmpty()) {
      var lines = new ArrayList<String>();
      lines.add(signature + ": runs on the reference evaluator");
      if (!types.isTyped()) {
        types.explain().forEach(line -> lines.add("  " + line));
      }
      globalReasons.forEach(reason -> lines.add("  " + reason));
      return evaluated(function, kinds, lines);
    }
    MachineCode compiled = null;
    try {
      ScalarKind result = resultKind(types.functions().get(entry));
      SiteTable sites = ModuleLowering.lower(module, types, context);
      Map<Long, Object> globalValues = new HashMap<>();
      List<String> globalNames = ModuleLowering.globals(module);
      for (int slot = 0; slot < globalNames.size(); slot++) {
        long index = slot;
        globals.value(globalNames.get(slot)).ifPresent(value -> globalValues.put(index, value));
      }
      boolean prints = ModuleOp.body(module).operationList().stream().anyMatch(op -> op.name().equals(dev.irc.dialect.func.FuncOp.NAME)
          && dev.irc.dialect.func.FuncOp.isExternal(op) && dev.irc.dialect.func.FuncOp.name(op).startsWith("irc_print_"));
      String door = OutParameterEntry.add(module, entry.symbol(), context);
      compiled = SpecializationCode.compile(module, file, signature, globals.types());
      var code = new NativeEntry(compiled, door, kinds, result, sites, globalNames.size(), globalValues, prints, out);
      var lines = new ArrayList<String>();
      lines.add(signature + ": compiled as @" + entry.symbol() + " (x86-64 JIT)");
      types.explain().forEach(line -> lines.add("  " + line));
      return new PythonSpecialization(function, kinds, code, entry.symbol(), String.join("\n", lines));
    } catch (RuntimeException e) {
      // Never a wrong result: what the JIT cannot compile runs on the evaluator.
      if (compiled != null) {
        compiled.close();
      }
      return evaluated(function, kinds, List.of(signature + ": runs on the reference evaluator",
          "  compiling @" + entry.symbol() + " failed: " + e));
    }
  }

  private static PythonSpecialization evaluated(String function, List<ScalarKind> kinds, List<String> lines) {
    return new PythonSpecialization(function, kinds, null, null, String.join("\n", lines));
  }

  /** The kind of what {@code types} returns; null when it never returns. */
  private static ScalarKind resultKind(FunctionTypes types) {
    return switch (types.returnType()) {
      case PyType.Int i -> ScalarKind.INT;
      case PyType.Float f -> ScalarKind.FLOAT;
      case PyType.Bool b -> ScalarKind.BOOL;
      case PyType.None n -> ScalarKind.NONE;
      case PyType.Bottom b -> null;
      default -> throw new IllegalStateException("a typed function returns a " + types.returnType().mnemonic());
    };
  }
}
