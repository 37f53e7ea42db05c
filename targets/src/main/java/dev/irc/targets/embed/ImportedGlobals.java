package dev.irc.targets.embed;

import dev.irc.ir.Block;
import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.py.conversion.toarith.FunctionTypes;
import dev.irc.py.conversion.toarith.ProgramTypes;
import dev.irc.py.conversion.toarith.PyType;
import dev.irc.py.conversion.toarith.UntypedReason;
import dev.irc.py.dialect.FuncOp;
import dev.irc.py.dialect.VariableOps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The module's globals as its top-level code left them, and which of them compiled code may
 * read. A global that no function assigns keeps its value for the life of the module, so a
 * specialization reads it with its exact type (an int, float, bool or None; a missing one is
 * unbound and raises NameError on the evaluator). A global some function assigns changes under
 * the evaluator, which owns it: code that reads or assigns it is not compiled, so compiled code
 * and the evaluator never disagree about a global's value.
 */
final class ImportedGlobals {
  /** Values (Python representation) of the fixed scalar globals that are bound. */
  private final Map<String, Object> values;
  /** Why compiled code may not use a global, per name. */
  private final Map<String, String> unusable;

  private ImportedGlobals(Map<String, Object> values, Map<String, String> unusable) {
    this.values = Map.copyOf(values);
    this.unusable = Map.copyOf(unusable);
  }

  /** Classifies every global {@code module} (py IR) names, reading values through {@code valueOf} after its top-level code ran. */
  static ImportedGlobals of(Operation module, Function<String, Optional<Object>> valueOf) {
    Map<String, String> assignedBy = new HashMap<>();
    var names = new LinkedHashSet<String>();
    for (Operation function : ModuleOp.body(module).operations()) {
      if (!function.name().equals(FuncOp.NAME)) {
        continue;
      }
      String functionName = FuncOp.name(function);
      function.walk(op -> {
        if (op.name().equals(VariableOps.GLOBAL_STORE.name()) || op.name().equals(VariableOps.GLOBAL_LOAD.name())) {
          names.add(VariableOps.variableName(op));
        }
        if (op.name().equals(VariableOps.GLOBAL_STORE.name()) && !functionName.equals(FuncOp.MAIN)) {
          assignedBy.putIfAbsent(VariableOps.variableName(op), functionName);
        }
      });
    }
    var values = new HashMap<String, Object>();
    var unusable = new HashMap<String, String>();
    for (String name : names) {
      if (assignedBy.containsKey(name)) {
        unusable.put(name, "global '" + name + "' is assigned by function '" + assignedBy.get(name)
            + "', so its value lives in the evaluator");
        continue;
      }
      Optional<Object> value = valueOf.apply(name);
      if (value.isEmpty()) {
        continue;
      }
      if (ScalarKind.of(value.get()) != null) {
        values.put(name, value.get());
      } else if (value.get() instanceof java.math.BigInteger) {
        unusable.put(name, "global '" + name + "' holds an int that does not fit in 64 bits");
      } else {
        unusable.put(name, "global '" + name + "' holds a " + dev.irc.py.semantics.PyType.nameOf(value.get()));
      }
    }
    return new ImportedGlobals(values, unusable);
  }

  /** The types of the fixed globals, for {@code TypeInference.inferEntry}; unusable ones are dynamic. */
  Map<String, PyType> types() {
    var types = new HashMap<String, PyType>();
    values.forEach((name, value) -> types.put(name, ScalarKind.of(value).type));
    unusable.keySet().forEach(name -> types.put(name, PyType.DYNAMIC));
    return types;
  }

  /** The value of a fixed global, or empty when it is unbound or unusable. */
  Optional<Object> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Where the code reachable in {@code program} reads or assigns a global compiled code may not use, and why. */
  List<UntypedReason> reasonsIn(Operation module, ProgramTypes program) {
    Map<String, Operation> functions = new HashMap<>();
    for (Operation op : ModuleOp.body(module).operations()) {
      if (op.name().equals(FuncOp.NAME)) {
        functions.put(FuncOp.name(op), op);
      }
    }
    var reasons = new ArrayList<UntypedReason>();
    for (FunctionTypes types : program.functions().values()) {
      Operation function = functions.get(types.specialization().function());
      for (Block block : function.region(0).blocks()) {
        if (!types.reachable().contains(block)) {
          continue;
        }
        for (Operation op : block.operations()) {
          boolean global = op.name().equals(VariableOps.GLOBAL_LOAD.name()) || op.name().equals(VariableOps.GLOBAL_STORE.name());
          if (global && unusable.containsKey(VariableOps.variableName(op))) {
            reasons.add(new UntypedReason(op.location(), unusable.get(VariableOps.variableName(op))));
          }
        }
      }
    }
    return reasons;
  }
}
