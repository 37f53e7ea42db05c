package dev.irc.py.irgen;

import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import dev.irc.py.ast.Module;
import dev.irc.py.ast.Stmt;
import dev.irc.py.dialect.PyDialect;
import dev.irc.py.syntax.PythonParser;

/**
 * The front end's entry point for tools: turns a Python source file (or its AST) into a
 * {@code builtin.module} of {@code py.func} ops, one per top-level {@code def} plus
 * {@code @__main__} for the top-level code. {@code irc-opt} and {@code irc} call it for
 * {@code .py} inputs.
 */
public final class PythonImporter {
  private PythonImporter() {}

  /** Parses and lowers {@code source}; throws {@link DiagnosticException} on a syntax or unsupported-construct error. */
  public static Operation importSource(SourceFile source, IrContext context) {
    return importModule(PythonParser.parse(source), context);
  }

  /** Lowers a parsed module; {@code context} gets the py dialect loaded. */
  public static Operation importModule(Module module, IrContext context) {
    context.load(PyDialect.INSTANCE);
    Location location = Location.of(module.source().name(), 1, 1);
    Operation result = ModuleOp.create(location);
    var scope = new ScopeAnalysis(module.body());
    for (Stmt.FunctionDef def : scope.functions().values()) {
      ModuleOp.body(result).append(FunctionLowering.lowerFunction(context, scope, def));
    }
    ModuleOp.body(result).append(FunctionLowering.lowerModule(context, scope, module.body(), location));
    return result;
  }
}
