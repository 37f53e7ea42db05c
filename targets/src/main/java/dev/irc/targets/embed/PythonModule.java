package dev.irc.targets.embed;

import dev.irc.ir.Attribute;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticEngine;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.DiagnosticRenderer;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.diag.SourceManager;
import dev.irc.ir.diag.SpellingSuggestion;
import dev.irc.ir.verify.Verifier;
import dev.irc.py.ast.Module;
import dev.irc.py.dialect.FuncOp;
import dev.irc.py.dialect.PyDialect;
import dev.irc.py.eval.PythonError;
import dev.irc.py.irgen.PythonImporter;
import dev.irc.py.semantics.PyInt;
import dev.irc.py.semantics.PyNone;
import dev.irc.py.syntax.PythonParser;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.StampedLock;
import java.util.stream.Collectors;

/**
 * A Python module compiled for calling from Java: the embedding API's entry point.
 *
 * <pre>{@code
 * try (PythonModule m = PythonModule.compile(source, "kernels.py")) {
 *   PythonFunction fib = m.function("fib");
 *   long v = fib.callLong(30L);
 * }
 * }</pre>
 *
 * {@link #compile} parses the source and runs its top-level code once on the reference
 * evaluator, as importing it in Python would (printing to the module's stream); its functions
 * are then compiled per argument-type signature on first call ({@link PythonFunction}). The
 * module owns machine code: {@link #close()} frees it, after which calls fail. Thread-safe.
 */
public final class PythonModule implements AutoCloseable {
  private final SourceFile source;
  private final EvaluatorThread evaluator;
  private final Map<String, PythonFunction> functions = new LinkedHashMap<>();
  private final SpecializationCompiler compiler;
  /** Calls hold it for reading, {@link #close()} for writing (never nested, so a StampedLock's cheap read lock). */
  private final StampedLock lock = new StampedLock();
  private volatile boolean closed;

  private PythonModule(SourceFile source, Module syntax, Operation module, EvaluatorThread evaluator, PrintStream out) {
    this.source = source;
    this.evaluator = evaluator;
    for (Operation op : ModuleOp.body(module).operations()) {
      if (op.name().equals(FuncOp.NAME) && !FuncOp.name(op).equals(FuncOp.MAIN)) {
        List<Object> defaults = FuncOp.defaults(op).stream().map(PythonModule::constantValue).toList();
        String name = FuncOp.name(op);
        functions.put(name, new PythonFunction(this, name, new ArgumentBinding(name, FuncOp.parameterNames(op), defaults)));
      }
    }
    this.compiler = new SpecializationCompiler(syntax, source, ImportedGlobals.of(module, evaluator::globalValue), out);
  }

  /** Compiles {@code source}, printing what its code prints to {@code System.out}; see {@link #compile(String, String, PrintStream)}. */
  public static PythonModule compile(String source, String fileName) {
    return compile(source, fileName, System.out);
  }

  /**
   * Parses {@code source} (named {@code fileName} in diagnostics and tracebacks) and runs its
   * top-level code; what it prints, and what its functions print later, goes to {@code out}.
   *
   * @throws PythonCompileException a syntax error or a construct outside irc's Python subset
   * @throws PythonException the top-level code raised
   */
  public static PythonModule compile(String source, String fileName, PrintStream out) {
    Objects.requireNonNull(out, "out");
    var file = new SourceFile(Objects.requireNonNull(fileName, "fileName"), Objects.requireNonNull(source, "source"));
    Module syntax;
    Operation module;
    try {
      syntax = PythonParser.parse(file);
      module = PythonImporter.importModule(syntax, IrContext.of(PyDialect.INSTANCE));
    } catch (DiagnosticException e) {
      throw compileError(file, e.diagnostics());
    }
    var diagnostics = new DiagnosticEngine();
    if (!Verifier.verify(module, diagnostics)) {
      throw compileError(file, diagnostics.diagnostics());
    }
    var evaluator = new EvaluatorThread(fileName, out);
    try {
      evaluator.runModule(module);
      return new PythonModule(file, syntax, module, evaluator, out);
    } catch (PythonError e) {
      evaluator.close();
      throw PythonException.of(e, file);
    } catch (RuntimeException | Error e) {
      evaluator.close();
      throw e;
    }
  }

  private static PythonCompileException compileError(SourceFile file, List<Diagnostic> diagnostics) {
    var sources = new SourceManager();
    sources.add(file);
    var renderer = new DiagnosticRenderer(sources);
    String rendered = diagnostics.stream().map(renderer::render).collect(Collectors.joining());
    return new PythonCompileException(rendered.stripTrailing(), diagnostics);
  }

  private static Object constantValue(Attribute attribute) {
    return switch (attribute) {
      case dev.irc.ir.builtin.IntegerAttr i when i.type().equals(dev.irc.ir.builtin.IntegerType.I1) -> i.value().signum() != 0;
      case dev.irc.ir.builtin.IntegerAttr i -> PyInt.normalize(i.value());
      case dev.irc.ir.builtin.FloatAttr f -> f.value();
      case dev.irc.ir.builtin.UnitAttr u -> PyNone.NONE;
      case dev.irc.ir.builtin.StringAttr s -> s.value();
      default -> throw new IllegalArgumentException("not a Python constant: " + attribute);
    };
  }

  /** The file name the module was compiled under. */
  public String fileName() {
    return source.name();
  }

  /** The names of the module's functions, in source order. */
  public List<String> functionNames() {
    return List.copyOf(functions.keySet());
  }

  /**
   * The function {@code name}.
   *
   * @throws IllegalArgumentException the module defines no such function (the message suggests
   *     the closest name)
   */
  public PythonFunction function(String name) {
    PythonFunction function = functions.get(name);
    if (function != null) {
      return function;
    }
    String hint = SpellingSuggestion.closest(name, functions.keySet()).map(s -> "; did you mean '" + s + "'?")
        .orElse(functions.isEmpty() ? "; it defines no functions" : "; its functions are " + String.join(", ", functions.keySet()));
    throw new IllegalArgumentException(fileName() + " has no function '" + name + "'" + hint);
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Frees the machine code of every specialization and stops the evaluator; waits for calls in
   * progress. Later calls throw {@link IllegalStateException}. Idempotent.
   */
  @Override
  public void close() {
    long stamp = lock.writeLock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      functions.values().forEach(PythonFunction::release);
      evaluator.close();
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /** Starts a call: holds off {@link #close()} until {@link #exit} with the stamp returned. */
  long enter() {
    long stamp = lock.readLock();
    if (closed) {
      lock.unlockRead(stamp);
      throw new IllegalStateException("the Python module " + fileName() + " is closed");
    }
    return stamp;
  }

  void exit(long stamp) {
    lock.unlockRead(stamp);
  }

  SpecializationCompiler compiler() {
    return compiler;
  }

  /** Calls {@code function} on the evaluator with Python values; converts an uncaught exception. */
  Object evaluate(String function, List<Object> arguments) {
    try {
      return evaluator.call(function, arguments);
    } catch (PythonError e) {
      throw exception(e);
    }
  }

  PythonException exception(PythonError error) {
    return PythonException.of(error, source);
  }
}
