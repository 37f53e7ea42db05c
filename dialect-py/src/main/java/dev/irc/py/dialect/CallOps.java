package dev.irc.py.dialect;

import dev.irc.ir.Arity;
import dev.irc.ir.Attribute;
import dev.irc.ir.OpBuilder;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.ir.diag.Location;
import java.util.List;

/**
 * Calls: {@code py.call @f(%a, %b)} calls a {@code py.func} of the module with all its
 * positional arguments (the front end fills in defaults and keyword arguments), and
 * {@code py.builtin "print"(%a, %s) {kwnames = ["sep"]}} calls a builtin or {@code math}
 * function, whose trailing operands are the values of the keyword arguments named in
 * {@code kwnames}.
 */
public final class CallOps {
  public static final OpDefinition CALL = OpDefinition.builder("py.call")
      .summary("Calls a py.func of the enclosing module ('%r = py.call @f(%a, %b)').")
      .operands(Arity.ANY)
      .results(1)
      .attribute("callee", SymbolRefAttr.class)
      .verifier((op, verification) -> {
        SymbolRefAttr callee = op.attribute("callee", SymbolRefAttr.class);
        var target = dev.irc.ir.SymbolTable.lookupNearest(op, callee);
        if (target.isEmpty()) {
          verification.opError(op, "'" + callee.leaf() + "' does not reference a valid function");
        } else if (target.get().name().equals(FuncOp.NAME) && FuncOp.parameterNames(target.get()).size() != op.numOperands()) {
          verification.opError(op, "passes " + op.numOperands() + " arguments to @" + callee.leaf() + ", which takes "
              + FuncOp.parameterNames(target.get()).size());
        }
      })
      .syntax(PySyntax.symbol("callee", true, List.of(PyObjectType.INSTANCE)))
      .build();

  public static final OpDefinition BUILTIN = OpDefinition.builder("py.builtin")
      .summary("Calls a builtin or math function ('%r = py.builtin \"print\"(%a) {kwnames = []}').")
      .operands(Arity.ANY)
      .results(1)
      .attribute("name", StringAttr.class)
      .attribute("kwnames", ArrayAttr.class)
      .verifier((op, verification) -> {
        List<Attribute> names = op.attribute("kwnames", ArrayAttr.class).elements();
        if (!names.stream().allMatch(StringAttr.class::isInstance)) {
          verification.opError(op, "requires 'kwnames' to be an array of strings");
        } else if (names.size() > op.numOperands()) {
          verification.opError(op, "has " + names.size() + " keyword names but only " + op.numOperands() + " operands");
        }
      })
      .syntax(PySyntax.string("name", true, List.of(PyObjectType.INSTANCE)))
      .build();

  public static final OpDefinition CALL_VALUE = OpDefinition.builder("py.call_value")
      .summary("Calls a value, e.g. a global ('%r = py.call_value %f, %a'); no value irc has is callable, so it raises TypeError.")
      .operands(Arity.atLeast(1))
      .results(1)
      .syntax(PySyntax.operands(List.of(PyObjectType.INSTANCE)))
      .build();

  private CallOps() {}

  /** {@code py.call_value %callee, arguments...}: a call of a value the front end cannot resolve. */
  public static Value callValue(OpBuilder builder, Location location, Value callee, List<Value> positional) {
    return builder.create(new OperationState(CALL_VALUE.name(), location)
        .addOperand(callee)
        .addOperands(positional)
        .addResultType(PyObjectType.INSTANCE)).result();
  }

  /** {@code py.call @callee(arguments)}. */
  public static Value call(OpBuilder builder, Location location, String callee, List<Value> arguments) {
    return builder.create(new OperationState(CALL.name(), location)
        .addAttribute("callee", SymbolRefAttr.of(callee))
        .addOperands(arguments)
        .addResultType(PyObjectType.INSTANCE)).result();
  }

  /** {@code py.builtin "name"(positional..., keywordValues...) {kwnames = [...]}}. */
  public static Value builtin(OpBuilder builder, Location location, String name, List<Value> positional,
      List<String> keywordNames, List<Value> keywordValues) {
    return builder.create(new OperationState(BUILTIN.name(), location)
        .addAttribute("name", new StringAttr(name))
        .addAttribute("kwnames", new ArrayAttr(keywordNames.stream().<Attribute>map(StringAttr::new).toList()))
        .addOperands(positional)
        .addOperands(keywordValues)
        .addResultType(PyObjectType.INSTANCE)).result();
  }

  /** The callee name of a {@code py.call}. */
  public static String callee(Operation op) {
    return op.attribute("callee", SymbolRefAttr.class).leaf();
  }

  /** The function name of a {@code py.builtin}. */
  public static String builtinName(Operation op) {
    return op.attribute("name", StringAttr.class).value();
  }

  /** The keyword names of a {@code py.builtin}, matching its last operands. */
  public static List<String> keywordNames(Operation op) {
    return op.attribute("kwnames", ArrayAttr.class).elements().stream().map(a -> ((StringAttr) a).value()).toList();
  }
}
