package dev.irc.py.conversion.toarith;

import dev.irc.ir.Operation;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.py.dialect.FuncOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole-program type inference for {@code py-to-arith}: starting from {@code @__main__} (no
 * arguments), analyzes each reachable {@link Specialization} with {@link FunctionTyping}, creating
 * a new specialization per distinct argument-type signature of a call. Return types of (possibly
 * recursive) callees and the types of globals (the join of every store) start at bottom and grow;
 * all specializations are re-analyzed until nothing changes.
 */
public final class TypeInference {
  /** More specializations than this means something is growing without bound: give up typing. */
  private static final int MAX_SPECIALIZATIONS = 256;

  private final Map<String, Operation> functions = new HashMap<>();
  private final Map<Specialization, PyType> returnTypes = new LinkedHashMap<>();
  private final Map<String, PyType> globals = new HashMap<>();
  private final Map<String, PyType> nextGlobals = new HashMap<>();
  private final Map<Specialization, FunctionTypes> results = new LinkedHashMap<>();
  private final List<UntypedReason> programReasons = new ArrayList<>();

  private TypeInference(Operation module) {
    for (Operation op : ModuleOp.body(module).operations()) {
      if (op.name().equals(FuncOp.NAME)) {
        functions.put(FuncOp.name(op), op);
      }
    }
  }

  /** Types the program in {@code module} (a module of py.func ops with a {@code @__main__}). */
  public static ProgramTypes infer(Operation module) {
    var inference = new TypeInference(module);
    return inference.run(new Specialization(FuncOp.MAIN, List.of()));
  }

  /**
   * Types what calling {@code entry} from outside the program reaches (the embedding API calls a
   * function of a module whose top-level code has already run): {@code entry} and its callees,
   * not {@code @__main__}. {@code globals} are the types of the globals as the top-level code
   * left them (a global missing from it is unbound); stores in the reached code join in.
   */
  public static ProgramTypes inferEntry(Operation module, Specialization entry, Map<String, PyType> globals) {
    var inference = new TypeInference(module);
    Operation function = inference.functions.get(entry.function());
    if (function != null && FuncOp.parameterNames(function).size() != entry.argumentTypes().size()) {
      throw new IllegalArgumentException("@" + entry.function() + " takes " + FuncOp.parameterNames(function).size()
          + " arguments, not " + entry.argumentTypes().size());
    }
    inference.globals.putAll(globals);
    ProgramTypes types = inference.run(entry);
    FunctionTypes root = types.functions().get(entry);
    if (root != null && root.isTyped() && root.returnType() instanceof PyType.Dynamic) {
      // Within a program a caller using such a result is untyped; an entry's result goes to the caller outside.
      var reasons = new ArrayList<>(types.programReasons());
      reasons.add(new UntypedReason(function.location(), "'" + entry.function() + "' returns values of different types"));
      return new ProgramTypes(types.functions(), types.globals(), reasons);
    }
    return types;
  }

  private ProgramTypes run(Specialization root) {
    if (!functions.containsKey(root.function())) {
      throw new IllegalArgumentException("module has no py.func @" + root.function());
    }
    returnTypes.put(root, PyType.BOTTOM);
    boolean changed = true;
    while (changed) {
      changed = false;
      nextGlobals.clear();
      results.clear();
      for (Specialization specialization : new ArrayList<>(returnTypes.keySet())) {
        if (returnTypes.size() > MAX_SPECIALIZATIONS) {
          programReasons.add(new UntypedReason(functions.get(root.function()).location(),
              "more than " + MAX_SPECIALIZATIONS + " specializations"));
          return new ProgramTypes(Map.copyOf(results), Map.of(), List.copyOf(programReasons));
        }
        Operation function = functions.get(specialization.function());
        FunctionTypes types = new FunctionTyping(this, function, specialization).run();
        results.put(specialization, types);
        PyType old = returnTypes.get(specialization);
        PyType joined = PyType.join(old, types.returnType());
        if (!joined.equals(old)) {
          returnTypes.put(specialization, joined);
          changed = true;
        }
      }
      if (results.size() != returnTypes.size()) {
        changed = true;
      }
      for (var entry : nextGlobals.entrySet()) {
        PyType old = globals.getOrDefault(entry.getKey(), PyType.BOTTOM);
        PyType joined = PyType.join(old, entry.getValue());
        if (!joined.equals(old)) {
          globals.put(entry.getKey(), joined);
          changed = true;
        }
      }
    }
    var finalResults = new LinkedHashMap<Specialization, FunctionTypes>();
    for (var entry : results.entrySet()) {
      FunctionTypes types = entry.getValue();
      finalResults.put(entry.getKey(), new FunctionTypes(types.specialization(), types.values(), types.reachable(),
          returnTypes.get(entry.getKey()), types.reasons()));
    }
    return new ProgramTypes(finalResults, Map.copyOf(globals), List.copyOf(programReasons));
  }

  /** The current estimate of what calling {@code specialization} returns; registers it if new. */
  PyType callResult(Specialization specialization) {
    if (!functions.containsKey(specialization.function())) {
      return PyType.DYNAMIC;
    }
    return returnTypes.computeIfAbsent(specialization, s -> PyType.BOTTOM);
  }

  /** The current estimate of the type of global {@code name}. */
  PyType globalType(String name) {
    return globals.getOrDefault(name, PyType.BOTTOM);
  }

  /** Records that {@code value} of {@code type} is stored into global {@code name}. */
  void storeGlobal(String name, PyType type) {
    nextGlobals.merge(name, type, PyType::join);
  }
}
