package dev.irc.py.conversion.toarith;

import dev.irc.dialect.arith.ArithDialect;
import dev.irc.dialect.cf.CfDialect;
import dev.irc.dialect.func.FuncDialect;
import dev.irc.ir.Attribute;
import dev.irc.ir.IrContext;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.py.dialect.FuncOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code py-to-arith} on a whole module: replaces the {@code py.func} ops of a typed program
 * ({@link ProgramTypes#isTyped()}) by one {@code func.func} per specialization, declares the
 * runtime functions they call, and records the module's string constants ({@code irc.strings}),
 * global variables ({@code irc.globals}) and raise/deopt/traceback sites ({@code irc.sites}) as
 * module attributes, so the typed IR is self-contained.
 */
public final class ModuleLowering {
  /** Module attribute: the constant strings {@code @irc_print_str} prints, by index. */
  public static final String STRINGS = "irc.strings";
  /** Module attribute: the names of the global variables, by slot. */
  public static final String GLOBALS = "irc.globals";
  /** Module attribute: the {@link SiteTable}. */
  public static final String SITES = "irc.sites";

  private final Operation module;
  private final ProgramTypes program;
  private final IrContext context;
  private final SiteTable sites = new SiteTable();
  private final Map<String, Long> strings = new LinkedHashMap<>();
  private final Map<String, Long> globals = new LinkedHashMap<>();

  private ModuleLowering(Operation module, ProgramTypes program, IrContext context) {
    this.module = module;
    this.program = program;
    this.context = context;
  }

  /**
   * Lowers {@code module} in place; {@code program} must be its typing and typed. Gives back the
   * site table (also stored as {@code irc.sites}).
   */
  public static SiteTable lower(Operation module, ProgramTypes program, IrContext context) {
    if (!program.isTyped()) {
      throw new IllegalArgumentException("py-to-arith: the program is not typed:\n" + String.join("\n", program.explain()));
    }
    context.load(new FuncDialect());
    context.load(new ArithDialect());
    context.load(new CfDialect());
    return new ModuleLowering(module, program, context).run();
  }

  private SiteTable run() {
    Map<String, Operation> pyFunctions = new HashMap<>();
    var old = new ArrayList<Operation>();
    for (Operation op : ModuleOp.body(module).operations()) {
      if (op.name().equals(FuncOp.NAME)) {
        pyFunctions.put(FuncOp.name(op), op);
        old.add(op);
      }
    }
    var lowered = new ArrayList<Operation>();
    for (FunctionTypes types : program.functions().values()) {
      lowered.add(new SpecializationLowering(this, types, pyFunctions.get(types.specialization().function())).lower());
    }
    for (Operation op : old) {
      op.erase();
    }
    // Functions first (main first, as the program reads), then the runtime declarations.
    var declarations = new ArrayList<Operation>();
    ModuleOp.body(module).operations().forEach(declarations::add);
    declarations.forEach(Operation::removeFromParent);
    lowered.sort((a, b) -> Boolean.compare(!dev.irc.dialect.func.FuncOp.name(a).equals(FuncOp.MAIN),
        !dev.irc.dialect.func.FuncOp.name(b).equals(FuncOp.MAIN)));
    lowered.forEach(ModuleOp.body(module)::append);
    declarations.sort((a, b) -> dev.irc.dialect.func.FuncOp.name(a).compareTo(dev.irc.dialect.func.FuncOp.name(b)));
    declarations.forEach(ModuleOp.body(module)::append);
    module.setAttribute(STRINGS, new ArrayAttr(strings.keySet().stream().<Attribute>map(StringAttr::new).toList()));
    module.setAttribute(GLOBALS, new ArrayAttr(globals.keySet().stream().<Attribute>map(StringAttr::new).toList()));
    module.setAttribute(SITES, sites.toAttribute());
    return sites;
  }

  Operation module() {
    return module;
  }

  IrContext context() {
    return context;
  }

  ProgramTypes program() {
    return program;
  }

  SiteTable sites() {
    return sites;
  }

  long stringId(String text) {
    return strings.computeIfAbsent(text, s -> (long) strings.size());
  }

  long globalSlot(String name) {
    return globals.computeIfAbsent(name, s -> (long) globals.size());
  }

  /** The strings of a lowered module's {@code irc.strings} attribute. */
  public static List<String> strings(Operation module) {
    return listAttribute(module, STRINGS);
  }

  /** The global names of a lowered module's {@code irc.globals} attribute. */
  public static List<String> globals(Operation module) {
    return listAttribute(module, GLOBALS);
  }

  private static List<String> listAttribute(Operation module, String name) {
    return module.attribute(name).map(a -> ((ArrayAttr) a).elements().stream().map(e -> ((StringAttr) e).value()).toList())
        .orElse(List.of());
  }
}
