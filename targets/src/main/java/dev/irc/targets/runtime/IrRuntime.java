package dev.irc.targets.runtime;

import dev.irc.dialect.arith.ArithDialect;
import dev.irc.dialect.cf.CfDialect;
import dev.irc.dialect.func.FuncDialect;
import dev.irc.dialect.func.FuncOp;
import dev.irc.dialect.llvm.LlvmDialect;
import dev.irc.ir.Attribute;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.SymbolTable;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.ir.diag.SourceFile;
import dev.irc.ir.text.IrParser;
import dev.irc.py.conversion.toarith.ModuleLowering;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The irc runtime as IR: {@code runtime.mlir} (func/arith/cf with llvm memory ops and libc
 * calls), parsed once and linked into each program before {@code convert-to-llvm}, so the
 * runtime is optimized together with the program (LLVM inlines the small helpers) and every
 * target compiles the same code. {@link #link} replaces the program's declarations of runtime
 * functions by the runtime's definitions, with everything those reference.
 */
public final class IrRuntime {
  private static final String RESOURCE = "runtime.mlir";
  private static final IrContext CONTEXT = IrContext.of(new FuncDialect(), new ArithDialect(), new CfDialect(), new LlvmDialect());
  private static final Operation TEMPLATE = parse();
  private static final Set<String> DEFINED = definedFunctions();

  private IrRuntime() {}

  private static Operation parse() {
    try (InputStream in = IrRuntime.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the runtime IR " + RESOURCE + " is missing from the classpath");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return IrParser.parseModule(CONTEXT, new SourceFile(RESOURCE, text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> definedFunctions() {
    var names = new HashSet<String>();
    for (Operation op : ModuleOp.body(TEMPLATE).operations()) {
      if (op.name().equals(FuncOp.NAME) && !FuncOp.isExternal(op)) {
        names.add(FuncOp.name(op));
      }
    }
    return Set.copyOf(names);
  }

  /** Whether the runtime defines function {@code name}. */
  public static boolean defines(String name) {
    return DEFINED.contains(name);
  }

  /**
   * Prepares a program lowered by {@code py-to-arith} (func/arith/cf, after its own
   * optimizations) for the runtime: threads the run's context through it
   * ({@link ContextParameter}) and links the runtime functions it uses.
   */
  public static void linkInto(Operation program, IrContext context) {
    ContextParameter.thread(program, ModuleLowering.strings(program), context);
    link(program);
  }

  /**
   * Replaces each declaration in {@code module} of a function the runtime defines by the
   * runtime's definition, adding the functions, declarations and globals it references;
   * returns the names of the symbols added.
   */
  public static Set<String> link(Operation module) {
    var runtimeSymbols = new SymbolTable(TEMPLATE);
    var programSymbols = new SymbolTable(module);
    Deque<String> pending = new ArrayDeque<>();
    for (Operation op : ModuleOp.body(module).operations()) {
      if (op.name().equals(FuncOp.NAME) && FuncOp.isExternal(op) && defines(FuncOp.name(op))) {
        pending.add(FuncOp.name(op));
      }
    }
    var added = new LinkedHashSet<String>();
    synchronized (TEMPLATE) {
      while (!pending.isEmpty()) {
        String name = pending.pop();
        Operation definition = runtimeSymbols.lookup(name).orElseThrow(
            () -> new IllegalStateException("the runtime references @" + name + " but does not declare it"));
        Operation existing = programSymbols.lookup(name).orElse(null);
        if (existing != null && !isReplaceableDeclaration(existing, definition)) {
          continue;
        }
        if (existing != null) {
          programSymbols.erase(existing);
          existing.erase();
        }
        Operation copy = definition.clone();
        ModuleOp.body(module).append(copy);
        programSymbols.insert(copy);
        added.add(name);
        copy.walk(op -> op.attributes().entries().forEach(entry -> reference(entry.value(), pending)));
      }
    }
    return added;
  }

  private static boolean isReplaceableDeclaration(Operation existing, Operation definition) {
    return existing.name().equals(FuncOp.NAME) && FuncOp.isExternal(existing)
        && definition.name().equals(FuncOp.NAME) && !FuncOp.isExternal(definition);
  }

  private static void reference(Attribute attribute, Deque<String> pending) {
    if (attribute instanceof SymbolRefAttr symbol) {
      pending.add(symbol.root());
    }
  }
}
