package dev.irc.py.conversion.toarith;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.Operation;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.UnitAttr;
import dev.irc.ir.diag.Location;
import dev.irc.py.dialect.CallOps;
import dev.irc.py.dialect.ConstantOp;
import dev.irc.py.dialect.ControlOps;
import dev.irc.py.dialect.ExceptionOps;
import dev.irc.py.dialect.FuncOp;
import dev.irc.py.dialect.IterationOps;
import dev.irc.py.dialect.OperatorOps;
import dev.irc.py.dialect.VariableOps;
import dev.irc.py.semantics.ExceptionTypes;
import dev.irc.py.semantics.PyException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forward dataflow over one {@code py.func}'s CFG for one {@link Specialization}: block
 * arguments are the join of what their predecessors forward, each op's results follow from its
 * operand types ({@link OperatorTyping}, {@link BuiltinSignatures}), calls ask the
 * {@link TypeInference} for the callee specialization's current return type. Iterates until no
 * type changes.
 */
final class FunctionTyping {
  private final TypeInference program;
  private final Operation function;
  private final Specialization specialization;
  private final Map<Value, PyType> types = new IdentityHashMap<>();
  private final Set<Block> reachable = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  /** The reason per op or block argument that could not be typed (origins only, latest visit wins). */
  private final Map<Object, UntypedReason> reasons = new LinkedHashMap<>();
  private PyType returnType = PyType.BOTTOM;

  FunctionTyping(TypeInference program, Operation function, Specialization specialization) {
    this.program = program;
    this.function = function;
    this.specialization = specialization;
  }

  FunctionTypes run() {
    Block entry = FuncOp.entryBlock(function);
    for (int i = 0; i < entry.arguments().size(); i++) {
      types.put(entry.argument(i), specialization.argumentTypes().get(i));
    }
    var worklist = new ArrayDeque<Block>();
    worklist.add(entry);
    reachable.add(entry);
    while (!worklist.isEmpty()) {
      Block block = worklist.poll();
      for (Operation op : block.operations()) {
        visit(op);
        if (op.isTerminator()) {
          for (int s = 0; s < op.numSuccessors(); s++) {
            Block target = op.successor(s);
            boolean changed = reachable.add(target);
            List<Value> forwarded = ControlOps.successorOperands(op, s);
            for (int i = 0; i < forwarded.size(); i++) {
              BlockArgument argument = target.argument(i);
              PyType old = typeOf(argument);
              PyType incoming = typeOf(forwarded.get(i));
              PyType joined = PyType.join(old, incoming);
              if (!joined.equals(old)) {
                types.put(argument, joined);
                changed = true;
                if (joined instanceof PyType.Dynamic && !(old instanceof PyType.Dynamic) && !(incoming instanceof PyType.Dynamic)) {
                  reasons.put(argument, new UntypedReason(op.location(), "a variable is " + describe(old)
                      + " on one path and " + describe(incoming) + " on another"));
                }
              }
            }
            if (changed && !worklist.contains(target)) {
              worklist.add(target);
            }
          }
        }
      }
    }
    var list = new ArrayList<>(reasons.values());
    if (list.isEmpty()) {
      // A dynamic value that is no op's own fault (e.g. a global's type): report where it is used.
      for (Block block : FuncOp.entryBlock(function).parent().blocks()) {
        if (!reachable.contains(block)) {
          continue;
        }
        for (Operation op : block.operations()) {
          if (op.operands().stream().anyMatch(v -> typeOf(v) instanceof PyType.Dynamic)) {
            list.add(new UntypedReason(op.location(), "'" + op.name() + "' uses a value that cannot be typed"));
            break;
          }
        }
        if (!list.isEmpty()) {
          break;
        }
      }
    }
    return new FunctionTypes(specialization, types, reachable, returnType, List.copyOf(list));
  }

  private static String describe(PyType type) {
    return switch (type) {
      case PyType.Int i -> "an int";
      case PyType.Float f -> "a float";
      case PyType.Bool b -> "a bool";
      case PyType.None n -> "None";
      case PyType.Unbound u -> "unassigned";
      case PyType.Str s -> "the string " + new StringAttr(s.value());
      default -> "a " + type.mnemonic();
    };
  }

  private PyType typeOf(Value value) {
    return types.getOrDefault(value, PyType.BOTTOM);
  }

  private void set(Operation op, int result, PyType type) {
    types.put(op.result(result), type);
  }

  private void untyped(Operation op, String message) {
    reasons.put(op, new UntypedReason(op.location(), message));
  }

  private void visit(Operation op) {
    reasons.remove(op);
    List<PyType> operands = op.operands().stream().map(this::typeOf).toList();
    boolean dynamicInput = operands.stream().anyMatch(t -> t instanceof PyType.Dynamic);
    boolean bottomInput = operands.stream().anyMatch(t -> t instanceof PyType.Bottom);
    String name = op.name();
    if (bottomInput && !name.equals(ControlOps.BR.name()) && !name.equals(ControlOps.COND_BR.name())) {
      // Not reached with a value yet (or never: after a call that does not return).
      for (int i = 0; i < op.numResults(); i++) {
        set(op, i, op.result(i).type().equals(IntegerType.I1) ? PyType.BOOL : PyType.BOTTOM);
      }
      return;
    }
    PyType result = PyType.DYNAMIC;
    String why = null;
    if (name.equals(ConstantOp.NAME)) {
      result = constantType(ConstantOp.value(op));
      why = "an int constant that does not fit in 64 bits";
    } else if (name.equals(OperatorOps.BINOP.name())) {
      result = OperatorTyping.binary(op, operands.get(0), operands.get(1));
      why = "operator '" + OperatorOps.kind(op) + "' on " + operands.get(0).mnemonic() + " and " + operands.get(1).mnemonic()
          + (OperatorOps.kind(op).equals("pow") ? " (an int exponent whose sign is not known at compile time)" : "");
    } else if (name.equals(OperatorOps.UNOP.name())) {
      result = OperatorTyping.unary(op, operands.get(0));
      why = "operator '" + OperatorOps.kind(op) + "' on " + operands.get(0).mnemonic();
    } else if (name.equals(OperatorOps.COMPARE.name())) {
      result = OperatorTyping.compare(op, operands.get(0), operands.get(1));
      why = "comparison '" + OperatorOps.kind(op) + "' of " + operands.get(0).mnemonic() + " and " + operands.get(1).mnemonic();
    } else if (name.equals(OperatorOps.TRUTH.name())) {
      result = BuiltinSignatures.isScalar(operands.get(0)) ? PyType.BOOL : PyType.DYNAMIC;
      why = "truth value of " + operands.get(0).mnemonic();
    } else if (name.equals(CallOps.CALL.name())) {
      if (operands.stream().allMatch(t -> t.isNumber() || t instanceof PyType.None)) {
        result = program.callResult(new Specialization(CallOps.callee(op), operands));
      } else {
        why = "call of @" + CallOps.callee(op) + " with arguments " + operands.stream().map(PyType::mnemonic).toList();
      }
    } else if (name.equals(CallOps.BUILTIN.name()) && ExceptionTypes.isException(CallOps.builtinName(op))) {
      result = constantException(CallOps.builtinName(op), operands);
      why = "an exception whose arguments are not a constant string";
    } else if (name.equals(ExceptionOps.THROW.name())) {
      if (operands.size() > 1) {
        untyped(op, "'raise ... from ...' is not compiled yet");
      } else if (!(operands.get(0) instanceof PyType.ConstantException) && !dynamicInput) {
        untyped(op, "raises a " + operands.get(0).mnemonic());
      }
      return;
    } else if (ExceptionOps.ALL.stream().anyMatch(d -> d.name().equals(name)) || name.equals(VariableOps.LOCAL_LOAD.name())
        || name.equals(VariableOps.LOCAL_STORE.name()) || name.equals(VariableOps.GLOBAL_DELETE.name())) {
      untyped(op, "'try' statements and bare 'raise' are not compiled yet");
      for (int i = 0; i < op.numResults(); i++) {
        set(op, i, op.result(i).type().equals(IntegerType.I1) ? PyType.BOOL : PyType.DYNAMIC);
      }
      return;
    } else if (name.equals(CallOps.BUILTIN.name())) {
      List<String> keywordNames = CallOps.keywordNames(op);
      int positional = operands.size() - keywordNames.size();
      var reason = new StringBuilder();
      if (CallOps.builtinName(op).equals("pow") && operands.size() == 2 && keywordNames.isEmpty()) {
        result = BuiltinSignatures.pow(operands.get(0), operands.get(1), OperatorTyping.constantInt(op.operand(1)));
        if (result instanceof PyType.Dynamic) {
          reason.append(BuiltinSignatures.describeCall("pow", operands))
              .append(" is not compiled (an int exponent whose sign is not known at compile time)");
        }
      } else {
        result = BuiltinSignatures.resultType(CallOps.builtinName(op), operands.subList(0, positional), keywordNames,
            operands.subList(positional, operands.size()), reason);
      }
      why = reason.toString();
    } else if (name.equals(VariableOps.GLOBAL_LOAD.name())) {
      result = program.globalType(VariableOps.variableName(op));
      why = "global '" + VariableOps.variableName(op) + "' is assigned values of different types";
      if (result instanceof PyType.Bottom) {
        set(op, 0, result);
        return;
      }
    } else if (name.equals(VariableOps.GLOBAL_STORE.name())) {
      program.storeGlobal(VariableOps.variableName(op), operands.get(0));
      checkOperand(op, operands.get(0), "global '" + VariableOps.variableName(op) + "' is assigned a " + operands.get(0).mnemonic());
      return;
    } else if (name.equals(VariableOps.UNBOUND.name())) {
      result = PyType.UNBOUND;
    } else if (name.equals(VariableOps.CHECK_BOUND.name())) {
      checkOperand(op, operands.get(0), "local '" + VariableOps.variableName(op) + "' may be unbound here");
      return;
    } else if (name.equals(IterationOps.ITER.name())) {
      result = operands.get(0) instanceof PyType.Range ? PyType.RANGE_ITERATOR : PyType.DYNAMIC;
      why = "iteration over " + operands.get(0).mnemonic() + " (only range() is compiled)";
    } else if (name.equals(IterationOps.NEXT.name())) {
      set(op, 0, PyType.BOOL);
      set(op, 1, operands.get(0) instanceof PyType.RangeIterator ? PyType.INT : PyType.DYNAMIC);
      return;
    } else if (name.equals(IterationOps.UNPACK.name())) {
      if (operands.get(0) instanceof PyType.Tuple(List<PyType> elements) && elements.size() == op.numResults()) {
        for (int i = 0; i < elements.size(); i++) {
          set(op, i, elements.get(i));
        }
        return;
      }
      for (int i = 0; i < op.numResults(); i++) {
        set(op, i, PyType.DYNAMIC);
      }
      if (!dynamicInput) {
        untyped(op, "unpacking a " + operands.get(0).mnemonic() + " into " + op.numResults() + " values");
      }
      return;
    } else if (name.equals(ControlOps.RETURN.name())) {
      returnType = PyType.join(returnType, operands.get(0));
      checkOperand(op, operands.get(0), "returns a " + operands.get(0).mnemonic());
      return;
    } else if (name.equals(ControlOps.ASSERT.name())) {
      checkOperand(op, operands.get(0), "asserts a " + operands.get(0).mnemonic());
      if (operands.size() > 1 && !(operands.get(1) instanceof PyType.Str) && !dynamicInput) {
        untyped(op, "an assert message that is not a constant string");
      }
      return;
    } else if (name.equals(ControlOps.RAISE.name())) {
      set(op, 0, PyType.BOTTOM);
      return;
    } else if (name.equals(ControlOps.BR.name()) || name.equals(ControlOps.COND_BR.name())) {
      return;
    } else {
      untyped(op, "'" + name + "' is not compiled");
    }
    if (op.numResults() == 1) {
      set(op, 0, result);
    }
    if (result instanceof PyType.Dynamic && !dynamicInput && why != null && !why.isEmpty()) {
      untyped(op, why);
    }
  }

  private void checkOperand(Operation op, PyType type, String message) {
    boolean ok = BuiltinSignatures.isScalar(type)
        || (op.name().equals(VariableOps.CHECK_BOUND.name()) && type instanceof PyType.Unbound);
    if (!ok && !(type instanceof PyType.Dynamic)) {
      untyped(op, message);
    }
  }

  /** {@code Type()} or {@code Type("message")}: an exception known at compile time, else dynamic. */
  private static PyType constantException(String type, List<PyType> arguments) {
    if (arguments.isEmpty()) {
      return new PyType.ConstantException(type, "");
    }
    if (arguments.size() == 1 && arguments.getFirst() instanceof PyType.Str(String text)) {
      return new PyType.ConstantException(type, PyException.of(type, List.of(text)).pyMessage());
    }
    return PyType.DYNAMIC;
  }

  static PyType constantType(Attribute value) {
    return switch (value) {
      case IntegerAttr integer when integer.type().equals(IntegerType.I1) -> PyType.BOOL;
      case IntegerAttr integer -> integer.value().bitLength() < 64 ? PyType.INT : PyType.DYNAMIC;
      case FloatAttr f -> PyType.FLOAT;
      case UnitAttr u -> PyType.NONE;
      case StringAttr s -> new PyType.Str(s.value());
      default -> PyType.DYNAMIC;
    };
  }

  /** The location of the function, for reasons not tied to an op. */
  Location location() {
    return function.location();
  }
}
