package dev.irc.py.dialect;

import dev.irc.ir.CoreTrait;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.ir.diag.Location;
import java.util.List;

/**
 * Variables that are not plain SSA values: module globals ({@code py.global_load @x},
 * {@code py.global_store @x, %v}; loading an unassigned global raises NameError) and the
 * "not yet assigned" state of a local ({@code py.unbound} produces the placeholder,
 * {@code py.check_bound "x", %v} raises UnboundLocalError when {@code %v} is it), and locals
 * kept in frame cells ({@code py.local_load}, {@code py.local_store}).
 */
public final class VariableOps {
  public static final OpDefinition GLOBAL_LOAD = OpDefinition.builder("py.global_load")
      .summary("Reads a module global; NameError if unassigned ('%v = py.global_load @x').")
      .operands(0)
      .results(1)
      .attribute("global", SymbolRefAttr.class)
      .syntax(PySyntax.symbol("global", false, List.of(PyObjectType.INSTANCE)))
      .build();

  public static final OpDefinition GLOBAL_STORE = OpDefinition.builder("py.global_store")
      .summary("Assigns a module global ('py.global_store @x, %v').")
      .operands(1)
      .results(0)
      .attribute("global", SymbolRefAttr.class)
      .syntax(PySyntax.symbol("global", false, List.of()))
      .build();

  public static final OpDefinition UNBOUND = OpDefinition.builder("py.unbound")
      .summary("The value of a local variable before its first assignment ('%u = py.unbound').")
      .operands(0)
      .results(1)
      .traits(CoreTrait.PURE)
      .syntax(PySyntax.nullary(List.of(PyObjectType.INSTANCE)))
      .build();

  public static final OpDefinition CHECK_BOUND = OpDefinition.builder("py.check_bound")
      .summary("Raises UnboundLocalError if a local's value is py.unbound ('py.check_bound \"x\", %v').")
      .operands(1)
      .results(0)
      .attribute("name", StringAttr.class)
      .syntax(PySyntax.string("name", false, List.of()))
      .build();

  public static final OpDefinition GLOBAL_DELETE = OpDefinition.builder("py.global_delete")
      .summary("Unbinds a module global, as the end of 'except E as e' does ('py.global_delete @e').")
      .operands(0)
      .results(0)
      .attribute("global", SymbolRefAttr.class)
      .syntax(PySyntax.symbol("global", false, List.of()))
      .build();

  public static final OpDefinition LOCAL_LOAD = OpDefinition.builder("py.local_load")
      .summary("Reads a local kept in a frame cell; UnboundLocalError if unassigned ('%v = py.local_load \"x\"').")
      .operands(0)
      .results(1)
      .attribute("name", StringAttr.class)
      .syntax(PySyntax.string("name", false, List.of(PyObjectType.INSTANCE)))
      .build();

  public static final OpDefinition LOCAL_STORE = OpDefinition.builder("py.local_store")
      .summary("Assigns a local kept in a frame cell; storing py.unbound unbinds it ('py.local_store \"x\", %v').")
      .operands(1)
      .results(0)
      .attribute("name", StringAttr.class)
      .syntax(PySyntax.string("name", false, List.of()))
      .build();

  private VariableOps() {}

  public static void globalDelete(OpBuilder builder, Location location, String name) {
    builder.create(new OperationState(GLOBAL_DELETE.name(), location).addAttribute("global", SymbolRefAttr.of(name)));
  }

  /**
   * Locals live in frame cells instead of SSA values in functions with {@code try}: an exception
   * handler must see what the protected code assigned before it raised.
   */
  public static Value localLoad(OpBuilder builder, Location location, String name) {
    return builder.create(new OperationState(LOCAL_LOAD.name(), location)
        .addAttribute("name", new StringAttr(name))
        .addResultType(PyObjectType.INSTANCE)).result();
  }

  public static void localStore(OpBuilder builder, Location location, String name, Value value) {
    builder.create(new OperationState(LOCAL_STORE.name(), location)
        .addAttribute("name", new StringAttr(name))
        .addOperand(value));
  }

  public static Value globalLoad(OpBuilder builder, Location location, String name) {
    return builder.create(new OperationState(GLOBAL_LOAD.name(), location)
        .addAttribute("global", SymbolRefAttr.of(name))
        .addResultType(PyObjectType.INSTANCE)).result();
  }

  public static Operation globalStore(OpBuilder builder, Location location, String name, Value value) {
    return builder.create(new OperationState(GLOBAL_STORE.name(), location)
        .addAttribute("global", SymbolRefAttr.of(name))
        .addOperand(value));
  }

  public static Value unbound(OpBuilder builder, Location location) {
    return builder.create(new OperationState(UNBOUND.name(), location).addResultType(PyObjectType.INSTANCE)).result();
  }

  public static Operation checkBound(OpBuilder builder, Location location, String name, Value value) {
    return builder.create(new OperationState(CHECK_BOUND.name(), location)
        .addAttribute("name", new StringAttr(name))
        .addOperand(value));
  }

  /** The variable name of a global or local load, store or delete, or of a check_bound. */
  public static String variableName(Operation op) {
    return op.attribute("global").map(a -> ((SymbolRefAttr) a).leaf())
        .orElseGet(() -> op.attribute("name", StringAttr.class).value());
  }
}
